-- The rest of a supplier's profile (issue 3).
alter table supplier
    add column size_class             varchar(10)    not null default 'MICRO',
    add column sme                    boolean        not null default true,
    add column minimum_order_excl_tax numeric(12, 2) not null default 0,
    add column intermediaries         integer        not null default 0,
    add column contact_name           varchar(200),
    add column contact_email          varchar(200),
    add column contact_phone          varchar(30),
    add column cooperative_id         uuid references supplier (id),
    add column updated_at             timestamptz;
update supplier set updated_at = registered_at;
alter table supplier
    alter column updated_at set not null,
    alter column size_class drop default,
    alter column sme drop default,
    alter column minimum_order_excl_tax drop default,
    alter column intermediaries drop default;
create index supplier_by_cooperative on supplier (cooperative_id) where cooperative_id is not null;

create table certification (
    id                 uuid primary key,
    supplier_id        uuid          not null references supplier (id),
    type               varchar(30)   not null,
    certifier          varchar(200)  not null,
    certificate_number varchar(100)  not null,
    valid_from         date          not null,
    valid_until        date          not null,
    scope_families     varchar(300)  not null,
    scope_cpv_prefixes varchar(300)  not null,
    revoked_on         date,
    revocation_reason  varchar(500),
    added_at           timestamptz   not null,
    constraint certification_validity check (valid_until >= valid_from)
);
create index certification_by_supplier on certification (supplier_id);
create index certification_by_end on certification (valid_until) where revoked_on is null;

create table offer (
    id                  uuid primary key,
    supplier_id         uuid           not null references supplier (id),
    product_label       varchar(200)   not null,
    cpv_code            varchar(10)    not null,
    family              varchar(30)    not null,
    unit                varchar(10)    not null,
    annual_capacity     numeric(14, 3) not null,
    months_mask         integer        not null,
    monthly_capacity    numeric(14, 3),
    unit_price_excl_tax numeric(12, 2) not null,
    processing_level    integer        not null,
    delivery_days       varchar(100)   not null,
    status              varchar(10)    not null,
    version             bigint         not null,
    published_at        timestamptz    not null,
    updated_at          timestamptz    not null
);
create index offer_by_supplier on offer (supplier_id);
-- Search filters active offers by CPV prefix: a pattern index serves "cpv_code like '0322%'".
create index offer_active_by_cpv on offer (cpv_code varchar_pattern_ops) where status = 'ACTIVE';
