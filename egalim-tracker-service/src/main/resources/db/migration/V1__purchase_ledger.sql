-- Canteens as announced on canteens.events.
create table tracked_canteen (
    id              uuid primary key,
    name            varchar(200) not null,
    department_code varchar(3)   not null,
    version         bigint       not null
);

-- Every purchase line announced on purchases.events, with exact amounts (€ HT).
create table purchase_line (
    purchase_id     uuid primary key,
    canteen_id      uuid           not null,
    purchase_date   date           not null,
    family          varchar(30)    not null,
    labels          varchar(300)   not null,
    amount_excl_tax numeric(12, 2) not null,
    version         bigint         not null
);
create index purchase_line_by_canteen_and_date on purchase_line (canteen_id, purchase_date);
