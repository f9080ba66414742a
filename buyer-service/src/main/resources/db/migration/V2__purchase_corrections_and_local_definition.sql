-- How the buyer defines "local" for a purchase (ma-cantine definition_local), and the distance
-- when that definition is a radius in km. Information only: never an EGAlim figure.
alter table purchase add column local_definition  varchar(20);
alter table purchase add column local_distance_km integer;
-- Set when a purchase is corrected; version counts the changes.
alter table purchase add column corrected_at      timestamptz;
