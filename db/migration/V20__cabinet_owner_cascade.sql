-- An office lent by a collectivité must name its owner (CHECK in V1), so "ON DELETE SET NULL" made such a
-- collectivité impossible to delete. The office goes with the collectivité that lends it.
ALTER TABLE cabinet DROP CONSTRAINT cabinet_owner_collectivite_id_fkey;
ALTER TABLE cabinet ADD CONSTRAINT cabinet_owner_collectivite_id_fkey
    FOREIGN KEY (owner_collectivite_id) REFERENCES collectivite (id) ON DELETE CASCADE;
