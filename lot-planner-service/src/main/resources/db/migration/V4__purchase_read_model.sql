-- Past purchase lines of the canteens (purchase-recorded/corrected/deleted.v1), reduced to what the
-- current EGAlim shares beside a plan's projection need. A deletion leaves a tombstone with its
-- version, so that a late older event never brings the line back (replay and reordering agree).
create table known_purchase (
    id                 uuid primary key,
    canteen_id         uuid           not null,
    purchase_date      date,                   -- null only for a tombstone that came first
    amount_excl_tax    numeric(12, 2),         -- euros HT; null only for such a tombstone
    bio                boolean        not null,
    durable_and_quality boolean       not null, -- bio included (domain.md §2.1)
    version            bigint         not null,
    deleted            boolean        not null,
    updated_at         timestamptz    not null
);
create index known_purchase_canteen_date on known_purchase (canteen_id, purchase_date) where not deleted;
