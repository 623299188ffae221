/**
 * 步骤进度: what the platform's chunk steps have committed, chunk by chunk, for the batch console and crash
 * recovery (the runtime itself records a step's counts only when the step ends).
 */
package org.buildreg.batch.progress;
