/** 批处理控制台: the page's view state; every action is one call of {@link org.buildreg.batch.BatchConsole}. */
package org.buildreg.web.batch;
