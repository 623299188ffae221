/**
 * The {@code exam-results-import} job: 人社厅考试合格数据 (kshg.csv) into exam_result, which 初始注册 and 增项注册
 * check; rejected rows go to the reject report, a second run changes nothing.
 */
package org.buildreg.batch.exam;
