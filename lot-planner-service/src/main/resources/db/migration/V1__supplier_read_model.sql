-- The planner's own copy of the supplier directory, built from suppliers.events.
create table known_supplier (
    id                 uuid primary key,
    siret              varchar(14)   not null,
    legal_name         varchar(200)  not null,
    kind               varchar(20)   not null,
    postal_code        varchar(5)    not null,
    commune            varchar(100)  not null,
    insee_code         varchar(5)    not null,
    latitude           numeric(8, 6) not null,
    longitude          numeric(9, 6) not null,
    delivery_radius_km integer       not null,
    version            bigint        not null,
    updated_at         timestamptz   not null
);
