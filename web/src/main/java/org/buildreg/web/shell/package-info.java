/** The frame every page shares: header, tabs and left menus, security headers, and field-level messages. */
package org.buildreg.web.shell;
