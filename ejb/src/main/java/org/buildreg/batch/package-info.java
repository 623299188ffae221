/**
 * 批处理控制台: the jobs the platform has (with their Chinese labels and parameters), their executions and step
 * metrics from the Jakarta Batch job repository, start / stop / restart / abandon, the reject report, and the
 * start-up check that lets an execution a killed server left STARTED be restarted from its last checkpoint.
 */
package org.buildreg.batch;
