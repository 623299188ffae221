-- Oracle counts VARCHAR2(n) in bytes unless told otherwise, and a Chinese character takes three of them in AL32UTF8:
-- every character column becomes sized in characters (n CHAR), one MODIFY per column (a MODIFY that names no
-- NOT NULL keeps it, on Oracle and on H2). Changed on the way: account.display_name holds an enterprise's name
-- (up to 200, as enterprise.name); the raw rows of the reject report and the staging tables hold what the code keeps
-- (1,300 characters, within Oracle's 4,000-byte ceiling of VARCHAR2); 资质类别 and 许可范围 may be absent in the old
-- export (Oracle stores '' as NULL, so absent is NULL).

ALTER TABLE division MODIFY (code VARCHAR2(6 CHAR));
ALTER TABLE division MODIFY (name VARCHAR2(40 CHAR));
ALTER TABLE division MODIFY (div_level VARCHAR2(16 CHAR));
ALTER TABLE division MODIFY (parent_code VARCHAR2(6 CHAR));

ALTER TABLE enterprise MODIFY (name VARCHAR2(200 CHAR));
ALTER TABLE enterprise MODIFY (uscc VARCHAR2(18 CHAR));
ALTER TABLE enterprise MODIFY (org_code VARCHAR2(10 CHAR));
ALTER TABLE enterprise MODIFY (business_reg_no VARCHAR2(18 CHAR));
ALTER TABLE enterprise MODIFY (city_code VARCHAR2(6 CHAR));
ALTER TABLE enterprise MODIFY (county_code VARCHAR2(6 CHAR));
ALTER TABLE enterprise MODIFY (registered_address VARCHAR2(300 CHAR));
ALTER TABLE enterprise MODIFY (current_address VARCHAR2(300 CHAR));
ALTER TABLE enterprise MODIFY (legal_representative VARCHAR2(60 CHAR));
ALTER TABLE enterprise MODIFY (economic_type VARCHAR2(60 CHAR));
ALTER TABLE enterprise MODIFY (contact_name VARCHAR2(60 CHAR));
ALTER TABLE enterprise MODIFY (contact_phone VARCHAR2(40 CHAR));
ALTER TABLE enterprise MODIFY (legacy_code VARCHAR2(40 CHAR));

ALTER TABLE account MODIFY (username VARCHAR2(40 CHAR));
ALTER TABLE account MODIFY (password_hash VARCHAR2(200 CHAR));
ALTER TABLE account MODIFY (role VARCHAR2(24 CHAR));
ALTER TABLE account MODIFY (city_code VARCHAR2(6 CHAR));
ALTER TABLE account MODIFY (display_name VARCHAR2(200 CHAR));
ALTER TABLE account MODIFY (phone VARCHAR2(40 CHAR));
ALTER TABLE account MODIFY (modules VARCHAR2(200 CHAR));

ALTER TABLE uscc_filing MODIFY (uscc VARCHAR2(18 CHAR));
ALTER TABLE uscc_filing MODIFY (enterprise_name VARCHAR2(200 CHAR));
ALTER TABLE uscc_filing MODIFY (filed_by VARCHAR2(40 CHAR));

ALTER TABLE password_reset_request MODIFY (username VARCHAR2(40 CHAR));
ALTER TABLE password_reset_request MODIFY (enterprise_name VARCHAR2(200 CHAR));
ALTER TABLE password_reset_request MODIFY (uscc VARCHAR2(18 CHAR));
ALTER TABLE password_reset_request MODIFY (contact_name VARCHAR2(60 CHAR));
ALTER TABLE password_reset_request MODIFY (contact_phone VARCHAR2(40 CHAR));
ALTER TABLE password_reset_request MODIFY (reason VARCHAR2(500 CHAR));
ALTER TABLE password_reset_request MODIFY (status VARCHAR2(16 CHAR));
ALTER TABLE password_reset_request MODIFY (handled_by VARCHAR2(40 CHAR));
ALTER TABLE password_reset_request MODIFY (remark VARCHAR2(500 CHAR));

ALTER TABLE audit_record MODIFY (actor VARCHAR2(40 CHAR));
ALTER TABLE audit_record MODIFY (action VARCHAR2(40 CHAR));
ALTER TABLE audit_record MODIFY (target VARCHAR2(200 CHAR));
ALTER TABLE audit_record MODIFY (detail VARCHAR2(1000 CHAR));
ALTER TABLE audit_record MODIFY (address VARCHAR2(64 CHAR));

ALTER TABLE specialty MODIFY (code VARCHAR2(20 CHAR));
ALTER TABLE specialty MODIFY (name VARCHAR2(40 CHAR));

ALTER TABLE safety_staff_category MODIFY (code VARCHAR2(4 CHAR));
ALTER TABLE safety_staff_category MODIFY (name VARCHAR2(40 CHAR));

ALTER TABLE business_type MODIFY (code VARCHAR2(40 CHAR));
ALTER TABLE business_type MODIFY (module VARCHAR2(20 CHAR));
ALTER TABLE business_type MODIFY (name VARCHAR2(40 CHAR));
ALTER TABLE business_type MODIFY (form_no VARCHAR2(8 CHAR));

ALTER TABLE person MODIFY (name VARCHAR2(60 CHAR));
ALTER TABLE person MODIFY (gender VARCHAR2(2 CHAR));
ALTER TABLE person MODIFY (id_type VARCHAR2(8 CHAR));
ALTER TABLE person MODIFY (id_number VARCHAR2(30 CHAR));
ALTER TABLE person MODIFY (ethnicity VARCHAR2(20 CHAR));
ALTER TABLE person MODIFY (education VARCHAR2(20 CHAR));
ALTER TABLE person MODIFY (school VARCHAR2(100 CHAR));
ALTER TABLE person MODIFY (major VARCHAR2(100 CHAR));
ALTER TABLE person MODIFY (degree VARCHAR2(20 CHAR));
ALTER TABLE person MODIFY (mobile VARCHAR2(20 CHAR));
ALTER TABLE person MODIFY (phone VARCHAR2(40 CHAR));
ALTER TABLE person MODIFY (email VARCHAR2(100 CHAR));
ALTER TABLE person MODIFY (legacy_code VARCHAR2(40 CHAR));

ALTER TABLE constructor_registration MODIFY (registration_no VARCHAR2(30 CHAR));
ALTER TABLE constructor_registration MODIFY (qualification_no VARCHAR2(20 CHAR));
ALTER TABLE constructor_registration MODIFY (certificate_no VARCHAR2(30 CHAR));
ALTER TABLE constructor_registration MODIFY (issuing_authority VARCHAR2(100 CHAR));
ALTER TABLE constructor_registration MODIFY (status VARCHAR2(12 CHAR));

ALTER TABLE constructor_specialty MODIFY (specialty VARCHAR2(20 CHAR));

ALTER TABLE safety_staff_certificate MODIFY (certificate_no VARCHAR2(40 CHAR));
ALTER TABLE safety_staff_certificate MODIFY (category VARCHAR2(4 CHAR));
ALTER TABLE safety_staff_certificate MODIFY (status VARCHAR2(12 CHAR));

ALTER TABLE safety_licence MODIFY (licence_no VARCHAR2(40 CHAR));
ALTER TABLE safety_licence MODIFY (principal VARCHAR2(60 CHAR));
ALTER TABLE safety_licence MODIFY (scope VARCHAR2(100 CHAR) NULL);
ALTER TABLE safety_licence MODIFY (status VARCHAR2(12 CHAR));

ALTER TABLE qualification_certificate MODIFY (certificate_no VARCHAR2(40 CHAR));
ALTER TABLE qualification_certificate MODIFY (categories VARCHAR2(500 CHAR) NULL);
ALTER TABLE qualification_certificate MODIFY (issuing_authority VARCHAR2(100 CHAR));

ALTER TABLE declaration_batch MODIFY (batch_no VARCHAR2(30 CHAR));
ALTER TABLE declaration_batch MODIFY (name VARCHAR2(60 CHAR));
ALTER TABLE declaration_batch MODIFY (module VARCHAR2(20 CHAR));
ALTER TABLE declaration_batch MODIFY (city_code VARCHAR2(6 CHAR));
ALTER TABLE declaration_batch MODIFY (status VARCHAR2(12 CHAR));
ALTER TABLE declaration_batch MODIFY (created_by VARCHAR2(40 CHAR));

ALTER TABLE declaration MODIFY (declaration_no VARCHAR2(30 CHAR));
ALTER TABLE declaration MODIFY (module VARCHAR2(20 CHAR));
ALTER TABLE declaration MODIFY (business_type VARCHAR2(40 CHAR));
ALTER TABLE declaration MODIFY (city_code VARCHAR2(6 CHAR));
ALTER TABLE declaration MODIFY (subject_key VARCHAR2(60 CHAR));
ALTER TABLE declaration MODIFY (subject_name VARCHAR2(200 CHAR));
ALTER TABLE declaration MODIFY (stage VARCHAR2(20 CHAR));
ALTER TABLE declaration MODIFY (applicant VARCHAR2(40 CHAR));

ALTER TABLE declaration_in_flight MODIFY (module VARCHAR2(20 CHAR));
ALTER TABLE declaration_in_flight MODIFY (subject_key VARCHAR2(60 CHAR));

ALTER TABLE declaration_attachment MODIFY (kind VARCHAR2(40 CHAR));
ALTER TABLE declaration_attachment MODIFY (file_name VARCHAR2(200 CHAR));
ALTER TABLE declaration_attachment MODIFY (content_type VARCHAR2(40 CHAR));
ALTER TABLE declaration_attachment MODIFY (sha256 VARCHAR2(64 CHAR));
ALTER TABLE declaration_attachment MODIFY (uploaded_by VARCHAR2(40 CHAR));

ALTER TABLE review_step MODIFY (review_level VARCHAR2(12 CHAR));
ALTER TABLE review_step MODIFY (reviewer VARCHAR2(40 CHAR));
ALTER TABLE review_step MODIFY (decision VARCHAR2(12 CHAR));
ALTER TABLE review_step MODIFY (opinion VARCHAR2(1000 CHAR));

ALTER TABLE exam_result MODIFY (id_number VARCHAR2(30 CHAR));
ALTER TABLE exam_result MODIFY (name VARCHAR2(60 CHAR));
ALTER TABLE exam_result MODIFY (specialty VARCHAR2(20 CHAR));
ALTER TABLE exam_result MODIFY (qualification_no VARCHAR2(20 CHAR));

ALTER TABLE person_supplement MODIFY (module VARCHAR2(20 CHAR));
ALTER TABLE person_supplement MODIFY (changed_by VARCHAR2(40 CHAR));

ALTER TABLE dongle_certificate MODIFY (subject VARCHAR2(300 CHAR));
ALTER TABLE dongle_certificate MODIFY (issued_by VARCHAR2(40 CHAR));
ALTER TABLE dongle_certificate MODIFY (revoked_by VARCHAR2(40 CHAR));

ALTER TABLE dongle_binding MODIFY (issuer VARCHAR2(300 CHAR));
ALTER TABLE dongle_binding MODIFY (serial_hex VARCHAR2(80 CHAR));
ALTER TABLE dongle_binding MODIFY (subject VARCHAR2(300 CHAR));
ALTER TABLE dongle_binding MODIFY (holder_name VARCHAR2(50 CHAR));
ALTER TABLE dongle_binding MODIFY (holder_id_number VARCHAR2(18 CHAR));
ALTER TABLE dongle_binding MODIFY (holder_phone VARCHAR2(20 CHAR));
ALTER TABLE dongle_binding MODIFY (unbound_by VARCHAR2(40 CHAR));

ALTER TABLE login_nonce MODIFY (nonce VARCHAR2(64 CHAR));

ALTER TABLE batch_reject MODIFY (file_name VARCHAR2(100 CHAR));
ALTER TABLE batch_reject MODIFY (reason VARCHAR2(30 CHAR));
ALTER TABLE batch_reject MODIFY (raw_row VARCHAR2(1300 CHAR));

ALTER TABLE legacy_staged_person MODIFY (id_number VARCHAR2(30 CHAR));
ALTER TABLE legacy_staged_person MODIFY (person_no VARCHAR2(30 CHAR));
ALTER TABLE legacy_staged_person MODIFY (enterprise_code VARCHAR2(30 CHAR));
ALTER TABLE legacy_staged_person MODIFY (name VARCHAR2(60 CHAR));
ALTER TABLE legacy_staged_person MODIFY (gender VARCHAR2(4 CHAR));
ALTER TABLE legacy_staged_person MODIFY (id_type VARCHAR2(20 CHAR));
ALTER TABLE legacy_staged_person MODIFY (ethnicity VARCHAR2(30 CHAR));
ALTER TABLE legacy_staged_person MODIFY (education VARCHAR2(30 CHAR));
ALTER TABLE legacy_staged_person MODIFY (school VARCHAR2(100 CHAR));
ALTER TABLE legacy_staged_person MODIFY (major VARCHAR2(100 CHAR));
ALTER TABLE legacy_staged_person MODIFY (mobile VARCHAR2(30 CHAR));
ALTER TABLE legacy_staged_person MODIFY (raw_row VARCHAR2(1300 CHAR));

ALTER TABLE legacy_staged_certificate MODIFY (kind VARCHAR2(10 CHAR));
ALTER TABLE legacy_staged_certificate MODIFY (certificate_no VARCHAR2(60 CHAR));
ALTER TABLE legacy_staged_certificate MODIFY (id_number VARCHAR2(30 CHAR));
ALTER TABLE legacy_staged_certificate MODIFY (person_no VARCHAR2(30 CHAR));
ALTER TABLE legacy_staged_certificate MODIFY (enterprise_code VARCHAR2(30 CHAR));
ALTER TABLE legacy_staged_certificate MODIFY (raw_row VARCHAR2(1300 CHAR));

ALTER TABLE legacy_person_code MODIFY (person_no VARCHAR2(40 CHAR));
ALTER TABLE legacy_person_code MODIFY (id_number VARCHAR2(30 CHAR));
ALTER TABLE legacy_person_code MODIFY (reason VARCHAR2(30 CHAR));

ALTER TABLE legacy_import_request MODIFY (kind VARCHAR2(12 CHAR));
ALTER TABLE legacy_import_request MODIFY (person_name VARCHAR2(60 CHAR));
ALTER TABLE legacy_import_request MODIFY (id_number VARCHAR2(30 CHAR));
ALTER TABLE legacy_import_request MODIFY (certificate_no VARCHAR2(60 CHAR));
ALTER TABLE legacy_import_request MODIFY (note VARCHAR2(300 CHAR));
ALTER TABLE legacy_import_request MODIFY (status VARCHAR2(12 CHAR));
ALTER TABLE legacy_import_request MODIFY (decision VARCHAR2(300 CHAR));
ALTER TABLE legacy_import_request MODIFY (requested_by VARCHAR2(40 CHAR));
ALTER TABLE legacy_import_request MODIFY (decided_by VARCHAR2(40 CHAR));

ALTER TABLE batch_step_progress MODIFY (step_name VARCHAR2(128 CHAR));

ALTER TABLE expiry_reminder MODIFY (kind VARCHAR2(20 CHAR));
