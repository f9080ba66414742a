-- A canteen's service days a year, how its kitchen is run, its central kitchen when it is a
-- satellite, and when its profile last changed. Existing canteens get the defaults of their type
-- (CanteenType), are run directly, have no central kitchen, and were last changed when registered.
alter table canteen add column service_days_per_year integer;
update canteen set service_days_per_year = case type
    when 'ECOLE' then 140 when 'COLLEGE' then 140 when 'LYCEE' then 140 when 'UNIVERSITE' then 180
    when 'EHPAD' then 365 when 'HOPITAL' then 365 when 'RESTAURANT_ADMINISTRATIF' then 220
    else 180 end;
alter table canteen alter column service_days_per_year set not null;
alter table canteen add constraint canteen_service_days check (service_days_per_year between 1 and 366);

alter table canteen add column management_mode varchar(20) not null default 'DIRECT';
alter table canteen alter column management_mode drop default;

alter table canteen add column central_kitchen_id uuid references canteen (id);
alter table canteen add constraint canteen_not_its_own_central_kitchen check (central_kitchen_id <> id);
create index canteen_by_central_kitchen on canteen (central_kitchen_id);

alter table canteen add column updated_at timestamptz;
update canteen set updated_at = registered_at;
alter table canteen alter column updated_at set not null;
