package org.camsrv.settings;

import java.util.Objects;

/**
 * A message to show next to one form field. The field is named by the {@link ApiSettings}
 * component it feeds, so the page can place the message without knowing the rules.
 */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
