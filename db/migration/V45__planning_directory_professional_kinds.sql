-- Planning tables name the kind of professional as the directory does (OCCUPATIONAL_DOCTOR, NURSE): one enum for both.
ALTER TABLE visit_request DROP CONSTRAINT visit_request_professional_kind_check;
ALTER TABLE planning_demand_adjustment DROP CONSTRAINT planning_demand_adjustment_professional_kind_check;
ALTER TABLE planning_demand_unit DROP CONSTRAINT planning_demand_unit_professional_kind_check;

UPDATE visit_request SET professional_kind = 'OCCUPATIONAL_DOCTOR' WHERE professional_kind = 'DOCTOR';
UPDATE planning_demand_adjustment SET professional_kind = 'OCCUPATIONAL_DOCTOR' WHERE professional_kind = 'DOCTOR';
UPDATE planning_demand_unit SET professional_kind = 'OCCUPATIONAL_DOCTOR' WHERE professional_kind = 'DOCTOR';

ALTER TABLE visit_request ADD CONSTRAINT visit_request_professional_kind_check
    CHECK (professional_kind IN ('OCCUPATIONAL_DOCTOR', 'NURSE'));
ALTER TABLE planning_demand_adjustment ADD CONSTRAINT planning_demand_adjustment_professional_kind_check
    CHECK (professional_kind IN ('OCCUPATIONAL_DOCTOR', 'NURSE'));
ALTER TABLE planning_demand_unit ADD CONSTRAINT planning_demand_unit_professional_kind_check
    CHECK (professional_kind IN ('OCCUPATIONAL_DOCTOR', 'NURSE'));
