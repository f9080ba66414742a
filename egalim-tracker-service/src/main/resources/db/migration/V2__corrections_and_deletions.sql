-- A deleted purchase stays as a tombstone carrying its last version, so that a late or replayed
-- older event can never bring it back. A tombstone may come first, without the line's content.
alter table purchase_line
    add column deleted boolean not null default false,
    alter column purchase_date drop not null,
    alter column family drop not null,
    alter column labels drop not null,
    alter column amount_excl_tax drop not null;
drop index purchase_line_by_canteen_and_date;
create index purchase_line_by_canteen_and_date on purchase_line (canteen_id, purchase_date) where not deleted;
