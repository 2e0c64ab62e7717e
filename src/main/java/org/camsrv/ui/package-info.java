/** The browser UI: Faces backing beans, one per page, and the session login that guards the pages. */
package org.camsrv.ui;
