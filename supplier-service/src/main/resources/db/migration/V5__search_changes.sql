-- Which suppliers changed, and in which transaction: each instance's in-memory match index reloads
-- those suppliers (profile, certificates, offers). Triggers record every write, whoever makes it.
-- An instance reads the rows of transactions from its horizon on, the oldest transaction still
-- running at its last read (pg_snapshot_xmin): a transaction that commits late is never missed.
create table search_change (
    tx          xid8        not null default pg_current_xact_id(),
    supplier_id uuid        not null,
    changed_at  timestamptz not null default now()
);
create index search_change_by_tx on search_change (tx);
create index search_change_by_time on search_change (changed_at);

create function search_change_of_suppliers() returns trigger language plpgsql as $$
begin
    insert into search_change (supplier_id) select distinct id from changed;
    return null;
end $$;

create function search_change_of_supplier_rows() returns trigger language plpgsql as $$
begin
    insert into search_change (supplier_id) select distinct supplier_id from changed;
    return null;
end $$;

-- Statement triggers: a bulk insert of a thousand offers writes one row per supplier, not per offer.
create trigger supplier_inserted after insert on supplier referencing new table as changed
    for each statement execute function search_change_of_suppliers();
create trigger supplier_updated after update on supplier referencing new table as changed
    for each statement execute function search_change_of_suppliers();
create trigger offer_inserted after insert on offer referencing new table as changed
    for each statement execute function search_change_of_supplier_rows();
create trigger offer_updated after update on offer referencing new table as changed
    for each statement execute function search_change_of_supplier_rows();
create trigger certification_inserted after insert on certification referencing new table as changed
    for each statement execute function search_change_of_supplier_rows();
create trigger certification_updated after update on certification referencing new table as changed
    for each statement execute function search_change_of_supplier_rows();
