package it.org.camsrv.ui;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What a page must not do on a small screen, asked of the browser. Comparing the page's scrollWidth
 * with innerWidth is not enough: a phone browser zooms out to fit a page that is too wide, and then
 * innerWidth grows with it. The layout viewport (documentElement.clientWidth) does not.
 */
final class LayoutCheck {

    /** Buttons, menu links and tabs lower than this are hard to hit with a finger. */
    static final double MIN_TAP_HEIGHT = 44;

    /**
     * Each visible element whose right edge lies past the layout viewport, as "tag#id.class reaches N px",
     * and a line when the page as a whole is wider. Only a table may scroll sideways, inside a box of
     * its own; an element in such a box is the box's business and not counted. Any other box that
     * scrolls sideways (a row of tabs or menu links) hides part of itself and is counted.
     */
    private static final String STICKING_OUT = """
            window.scrollTo(0, window.scrollY);
            var width = document.documentElement.clientWidth;
            function visible(e, r) { return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; }
            function scrollsSideways(e) {
                var overflow = getComputedStyle(e).overflowX;
                return (overflow === 'auto' || overflow === 'scroll') && e.scrollWidth > e.clientWidth;
            }
            function tableBox(e) { return e.querySelector('table') !== null; }
            function insideTableBox(e) {
                for (var box = e.parentElement; box && box !== document.body; box = box.parentElement) {
                    if (scrollsSideways(box) && tableBox(box)) { return true; }
                }
                return false;
            }
            function describe(e) {
                var classes = typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '';
                return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + classes;
            }
            var found = [];
            var all = document.body.getElementsByTagName('*');
            for (var i = 0; i < all.length; i++) {
                var r = all[i].getBoundingClientRect();
                if (!visible(all[i], r)) { continue; }
                if (r.right > width + 1 && !insideTableBox(all[i])) {
                    found.push(describe(all[i]) + ' reaches ' + Math.round(r.right) + ' px');
                }
                if (scrollsSideways(all[i]) && !tableBox(all[i])) {
                    found.push(describe(all[i]) + ' scrolls sideways: ' + all[i].scrollWidth + ' px of content in '
                            + all[i].clientWidth + ' px');
                }
            }
            if (document.documentElement.scrollWidth > width) {
                found.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
            }
            return found;
            """;

    private static final String SMALL_TAP_TARGETS = """
            var least = arguments[0];
            var found = [];
            document.querySelectorAll('input[type=submit], input[type=button], button, select, .button, .menu a, .tab').forEach(function (e) {
                var r = e.getBoundingClientRect();
                if (r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden' && r.height < least - 0.5) {
                    found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.value || e.textContent).trim()
                            + '" is ' + Math.round(r.height) + ' px high');
                }
            });
            return found;
            """;

    private LayoutCheck() {
    }

    static List<String> stickingOut(WebDriver driver) {
        return strings(((JavascriptExecutor) driver).executeScript(STICKING_OUT));
    }

    static List<String> smallTapTargets(WebDriver driver) {
        return strings(((JavascriptExecutor) driver).executeScript(SMALL_TAP_TARGETS, MIN_TAP_HEIGHT));
    }

    private static List<String> strings(Object answer) {
        return ((List<?>) answer).stream().map(String::valueOf).toList();
    }
}
