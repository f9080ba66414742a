-- Demand campaigns: a purchasing group's needs for one tender. Each version is a row; version 1 is
-- created as a DRAFT, a revision of a SUBMITTED version adds the next one. Submitted versions are
-- never changed.
create table demand_campaign (
    revision_id  uuid primary key,
    campaign_id  uuid          not null,
    version      integer       not null,
    group_id     uuid          not null references purchasing_group (id),
    name         varchar(200)  not null,
    description  varchar(2000),
    status       varchar(10)   not null,
    created_at   timestamptz   not null,
    changed_at   timestamptz   not null,
    submitted_at timestamptz,
    constraint demand_campaign_one_row_per_version unique (campaign_id, version)
);
create index demand_campaign_by_group on demand_campaign (group_id, created_at);

-- The lines of one version. line_id is kept across versions; id is this version's row.
create table demand_line (
    id                            uuid primary key,
    revision_id                   uuid           not null references demand_campaign (revision_id),
    line_id                       uuid           not null,
    line_number                   integer        not null,
    product_label                 varchar(200)   not null,
    cpv_code                      varchar(10)    not null,
    family                        varchar(30)    not null,
    category_code                 varchar(50)    not null,
    category_label                varchar(100)   not null,
    unit                          varchar(10)    not null,
    months                        varchar(40)    not null,
    deliveries_per_week           integer        not null,
    estimated_unit_price_excl_tax numeric(12, 2) not null,
    required_label                varchar(30),
    constraint demand_line_once_per_version unique (revision_id, line_id)
);

-- The quantity a year each delivery site (a member canteen) needs, in the line's unit.
create table demand_line_quantity (
    line_row_id       uuid           not null references demand_line (id) on delete cascade,
    canteen_id        uuid           not null references canteen (id),
    quantity_per_year numeric(14, 3) not null,
    primary key (line_row_id, canteen_id),
    constraint demand_line_quantity_positive check (quantity_per_year > 0)
);

-- A purchasing group's own nomenclature of homogeneous categories, replacing the default one.
create table group_nomenclature (
    group_id   uuid primary key references purchasing_group (id),
    changed_at timestamptz not null
);
create table group_nomenclature_entry (
    group_id       uuid         not null references group_nomenclature (group_id) on delete cascade,
    cpv_prefix     varchar(8)   not null,
    category_code  varchar(50)  not null,
    category_label varchar(100) not null,
    primary key (group_id, cpv_prefix)
);
