package org.buildreg.declaration;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of 待上报申请(批次) / 已上报申请(批次): 申报批次, 地市, 业务类型, 申报企业, 申报人数, 填报日期, 填写人, 申报状态. */
public record BatchRow(Long id, String batchNo, String name, String cityName, String businessTypes,
                       String enterpriseName, long declarations, LocalDateTime createdAt, String createdBy,
                       DeclarationBatch.Status status, LocalDateTime submittedAt) implements Serializable {

    public String getStatusLabel() {
        return status == DeclarationBatch.Status.OPEN ? "未提交" : "已上报";
    }

    public boolean isOpen() {
        return status == DeclarationBatch.Status.OPEN;
    }
}
