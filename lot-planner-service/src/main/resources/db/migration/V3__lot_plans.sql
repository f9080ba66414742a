-- Lot plans proposed for a submitted campaign. A plan is computed once from the read models and
-- then frozen: its parameters and its result are kept as JSON documents, read whole.
create table lot_plan (
    id               uuid primary key,
    campaign_id      uuid        not null,
    campaign_version integer     not null,
    group_id         uuid        not null,
    status           varchar(12) not null, -- PROPOSED, PUBLISHED, SUPERSEDED
    lot_count        integer     not null,
    parameters       text        not null,
    content          text        not null,
    created_by       varchar(200) not null,
    created_at       timestamptz not null,
    published_at     timestamptz
);
create index lot_plan_campaign on lot_plan (campaign_id, created_at desc);

-- What a producer may answer in published plans: one row per (plan, lot, supplier), alone or in a
-- joint bid. Written when a plan is published, removed when a newer plan of the campaign is.
create table opportunity (
    plan_id          uuid          not null references lot_plan (id),
    lot_id           varchar(10)   not null,
    supplier_id      uuid          not null,
    mode             varchar(5)    not null, -- ALONE or JOINT
    partner_ids      varchar(200)  not null, -- the other members of the joint bid, comma-separated
    group_id         uuid          not null,
    lot_title        varchar(300)  not null,
    category_code    varchar(60)   not null,
    main_cpv         varchar(10)   not null,
    annual_value     numeric(14, 2) not null,
    duration_value   numeric(14, 2) not null,
    procedure        varchar(40)   not null,
    published_at     timestamptz   not null,
    primary key (plan_id, lot_id, supplier_id)
);
create index opportunity_supplier on opportunity (supplier_id, published_at desc);
