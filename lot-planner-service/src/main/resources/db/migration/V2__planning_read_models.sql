-- Everything the planner needs, built from the other services' events only: planning never calls
-- another service. Each table is a consumer's copy; the producing service stays the source of truth.

alter table known_supplier
    add column trade_name     varchar(200),
    add column size_class     varchar(10) not null default 'MICRO',
    add column intermediaries integer     not null default 0,
    add column cooperative_id uuid;

-- Offers as announced by offer-published/updated/withdrawn.v1; withdrawn offers stay, marked.
create table known_offer (
    id                uuid primary key,
    supplier_id       uuid           not null,
    version           bigint         not null,
    status            varchar(10)    not null,
    product_label     varchar(200)   not null,
    cpv_code          varchar(10)    not null,
    family            varchar(30)    not null,
    unit              varchar(5)     not null,
    annual_capacity   numeric(14, 3) not null,
    months            varchar(40)    not null, -- "1,2,3": the months the offer is available
    monthly_capacity  numeric(14, 3),
    unit_price        numeric(12, 4) not null,
    updated_at        timestamptz    not null
);
create index known_offer_supplier on known_offer (supplier_id);

-- Certificates as announced by certification-added/revoked.v1.
create table known_certification (
    id                 uuid primary key,
    supplier_id        uuid         not null,
    type               varchar(30)  not null,
    egalim_label       varchar(30),
    valid_from         date         not null,
    valid_until        date         not null,
    revoked_on         date,
    scope_families     varchar(400) not null, -- comma-separated ma-cantine family codes
    scope_cpv_prefixes varchar(400) not null, -- comma-separated CPV digit prefixes
    updated_at         timestamptz  not null
);
create index known_certification_supplier on known_certification (supplier_id);

-- Submitted demand campaigns (demand-campaign-submitted.v1): the latest version of each, kept as
-- the event's JSON because a submitted campaign is frozen and is only ever read whole.
create table demand_campaign (
    id           uuid primary key,
    version      integer      not null,
    group_id     uuid         not null,
    name         varchar(200) not null,
    submitted_at timestamptz  not null,
    line_count   integer      not null,
    site_count   integer      not null,
    content      text         not null,
    received_at  timestamptz  not null
);
create index demand_campaign_group on demand_campaign (group_id, submitted_at desc);

-- Purchasing groups (purchasing-group-changed.v1): who coordinates a campaign's tender.
create table known_group (
    id          uuid primary key,
    version     bigint       not null,
    name        varchar(200) not null,
    coordinator varchar(200) not null,
    start_date  date         not null,
    end_date    date         not null,
    updated_at  timestamptz  not null
);
