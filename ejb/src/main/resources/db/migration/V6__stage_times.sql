-- 统计: time in each stage. A declaration remembers when it entered its stage; each review step records how
-- long it waited at that level, so the averages are plain aggregates on any database.
ALTER TABLE declaration ADD stage_entered_at TIMESTAMP;
ALTER TABLE review_step ADD waited_minutes NUMBER(10);
