-- 申报列表 of an enterprise: filter by enterprise and module, newest first, page by key. This index answers the
-- key query alone (the stage filter is read from it too), so a list of 100,000 declarations pages without
-- touching the rows; it replaces the V3 index that led with the stage.
DROP INDEX ix_declaration_owner;
CREATE INDEX ix_declaration_owner_list ON declaration (enterprise_id, module, created_at DESC, id DESC, stage);
