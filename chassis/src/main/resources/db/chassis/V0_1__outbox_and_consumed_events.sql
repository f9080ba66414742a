-- Transactional outbox: a service writes an event row in the same transaction as the state
-- change it announces; the relay publishes rows in seq order and marks them sent.
create table outbox_event (
    seq          bigint generated always as identity primary key,
    event_id     uuid          not null unique,
    topic        varchar(200)  not null,
    event_type   varchar(200)  not null,
    aggregate_id varchar(100)  not null,
    subject      varchar(200),
    payload      text          not null,
    occurred_at  timestamptz   not null,
    sent_at      timestamptz,
    attempts     integer       not null default 0,
    last_error   varchar(1000)
);
create index outbox_event_pending on outbox_event (seq) where sent_at is null;

-- Consumed-event log: the id of every event a consumer has applied, written in the same
-- transaction as its effect, so that a redelivered event is recognised and skipped.
create table consumed_event (
    event_id    varchar(100) primary key,
    event_type  varchar(200) not null,
    consumed_at timestamptz  not null default now()
);
