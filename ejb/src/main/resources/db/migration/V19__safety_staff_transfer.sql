-- 安管人员 人员调出/人员调入: like a 二级建造师注册 (V4), a 安管人员证书 is 调转中 towards the enterprise it was
-- 调出 to until that enterprise takes it in or sends it back.
ALTER TABLE safety_staff_certificate ADD transfer_to_id NUMBER(19);
ALTER TABLE safety_staff_certificate ADD CONSTRAINT fk_safety_staff_transfer_to
    FOREIGN KEY (transfer_to_id) REFERENCES enterprise (id);
CREATE INDEX ix_safety_staff_transfer_to ON safety_staff_certificate (transfer_to_id);
