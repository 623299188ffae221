/** The declaration workflow's pages shared by every module: the four lists, attachments, the declaration view. */
package org.buildreg.web.declaration;
