-- A demand unit may be held by any of the kinds of professional its visits allow (a VIP by a nurse or a doctor);
-- professional_kind stays the preferred one among them.
ALTER TABLE planning_demand_unit ADD COLUMN allowed_kinds text[];
UPDATE planning_demand_unit SET allowed_kinds = ARRAY[professional_kind];
ALTER TABLE planning_demand_unit ALTER COLUMN allowed_kinds SET NOT NULL;
ALTER TABLE planning_demand_unit ADD CONSTRAINT planning_demand_unit_allowed_kinds_check
    CHECK (allowed_kinds <@ ARRAY['OCCUPATIONAL_DOCTOR', 'NURSE'] AND professional_kind = ANY (allowed_kinds));
