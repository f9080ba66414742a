create table canteen (
    id              uuid primary key,
    siret           varchar(14)   not null,
    name            varchar(200)  not null,
    type            varchar(40)   not null,
    postal_code     varchar(5)    not null,
    commune         varchar(100)  not null,
    insee_code      varchar(5)    not null,
    department_code varchar(3)    not null,
    latitude        numeric(8, 6) not null,
    longitude       numeric(9, 6) not null,
    meals_per_day   integer       not null,
    version         bigint        not null,
    registered_at   timestamptz   not null,
    constraint canteen_siret_unique unique (siret)
);

create table purchase (
    id              uuid primary key,
    canteen_id      uuid           not null references canteen (id),
    purchase_date   date           not null,
    supplier_name   varchar(200)   not null,
    supplier_siret  varchar(14),
    description     varchar(300)   not null,
    family          varchar(30)    not null,
    labels          varchar(300)   not null,
    amount_excl_tax numeric(12, 2) not null,
    local           boolean        not null,
    version         bigint         not null,
    recorded_at     timestamptz    not null
);
create index purchase_by_canteen_and_date on purchase (canteen_id, purchase_date);
