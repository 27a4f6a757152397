/**
 * Schema migrations, applied in order and recorded in SQLite's user_version. Never edit a
 * migration that has shipped: add a new one.
 *
 * Two kinds of data live here and are kept apart on purpose:
 * - what documents say (documents, meetings, attendance, sightings of actions, mentions of people),
 *   replaced wholesale when a document changes;
 * - what members record through the assistant (action_events), which ingestion never touches.
 * People, owners and memberships are derived from both by the resolver and can always be rebuilt.
 */
export const MIGRATIONS: string[] = [
  `
  CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    kind TEXT NOT NULL,
    format TEXT NOT NULL,
    title TEXT NOT NULL,
    board TEXT,
    doc_date TEXT,
    bytes INTEGER NOT NULL,
    text_chars INTEGER NOT NULL,
    blocks_json TEXT NOT NULL,
    notes_json TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  );

  CREATE TABLE boards (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE
  );

  CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    board TEXT NOT NULL REFERENCES boards(key),
    date TEXT NOT NULL,
    title TEXT NOT NULL,
    time TEXT,
    venue TEXT,
    source TEXT NOT NULL CHECK (source IN ('minutes', 'agenda')),
    next_date TEXT,
    next_time TEXT,
    next_venue TEXT,
    next_written TEXT,
    next_corrected INTEGER NOT NULL DEFAULT 0,
    items_json TEXT NOT NULL,
    decisions_json TEXT NOT NULL
  );
  CREATE INDEX meetings_board_date ON meetings(board, date);

  CREATE TABLE attendance (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    role TEXT NOT NULL,
    name_json TEXT NOT NULL,
    title TEXT,
    organisation TEXT,
    deputy_json TEXT,
    raw TEXT NOT NULL,
    person_key TEXT,
    deputy_key TEXT
  );
  CREATE INDEX attendance_meeting ON attendance(meeting_id);

  CREATE TABLE mentions (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    board TEXT,
    context TEXT NOT NULL,
    name_json TEXT NOT NULL,
    title TEXT,
    organisation TEXT,
    date TEXT
  );
  CREATE INDEX mentions_document ON mentions(document_id);

  CREATE TABLE actions (
    id TEXT PRIMARY KEY,
    board TEXT NOT NULL,
    ref TEXT,
    text TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
  );
  CREATE INDEX actions_board_ref ON actions(board, ref);

  CREATE TABLE action_sightings (
    id INTEGER PRIMARY KEY,
    action_id TEXT NOT NULL REFERENCES actions(id),
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    ref TEXT,
    text TEXT NOT NULL,
    owners_json TEXT NOT NULL,
    due TEXT,
    due_text TEXT,
    status TEXT NOT NULL,
    state TEXT NOT NULL,
    rag TEXT,
    progress TEXT,
    form TEXT NOT NULL,
    meeting_date TEXT,
    item TEXT,
    passage TEXT NOT NULL
  );
  CREATE INDEX sightings_action ON action_sightings(action_id);
  CREATE INDEX sightings_document ON action_sightings(document_id);

  CREATE TABLE action_events (
    id INTEGER PRIMARY KEY,
    action_id TEXT NOT NULL REFERENCES actions(id),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT,
    state TEXT,
    note TEXT,
    proposed_due TEXT,
    due TEXT,
    owners_json TEXT,
    idempotency_key TEXT UNIQUE
  );
  CREATE INDEX events_action ON action_events(action_id);

  CREATE TABLE glossary (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    term TEXT NOT NULL,
    expansion TEXT NOT NULL
  );

  CREATE TABLE group_members (
    board TEXT NOT NULL,
    group_name TEXT NOT NULL,
    person_name TEXT NOT NULL,
    PRIMARY KEY (board, group_name, person_name)
  );

  CREATE TABLE people (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    given TEXT,
    family TEXT,
    initials TEXT,
    titles_json TEXT NOT NULL,
    organisations_json TEXT NOT NULL,
    roles_json TEXT NOT NULL,
    seen_json TEXT NOT NULL
  );

  CREATE TABLE board_members (
    board TEXT NOT NULL,
    person_key TEXT NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    PRIMARY KEY (board, person_key)
  );

  CREATE TABLE action_owners (
    sighting_id INTEGER NOT NULL REFERENCES action_sightings(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    written TEXT NOT NULL,
    kind TEXT NOT NULL,
    person_key TEXT
  );
  CREATE INDEX action_owners_sighting ON action_owners(sighting_id);
  CREATE INDEX action_owners_person ON action_owners(person_key);

  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  `
  CREATE TABLE passages (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    board TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    heading TEXT NOT NULL,
    text TEXT NOT NULL,
    meeting_date TEXT,
    item TEXT
  );
  CREATE INDEX passages_document ON passages(document_id);
  CREATE INDEX passages_board ON passages(board);

  -- One search index per board (shard), built after each ingest and swapped whole.
  CREATE TABLE search_shards (
    shard TEXT PRIMARY KEY,
    built_at TEXT NOT NULL,
    passage_count INTEGER NOT NULL,
    text_bytes INTEGER NOT NULL,
    passages_json TEXT NOT NULL,
    index_json TEXT NOT NULL,
    words_json TEXT NOT NULL
  );
  `,
  `
  -- Who the assistant knows in Teams: the roster a clerk imports.
  CREATE TABLE roster (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT,
    aad_object_id TEXT UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('member', 'clerk', 'chair')),
    deputy TEXT
  );
  CREATE UNIQUE INDEX roster_email ON roster(lower(email)) WHERE email IS NOT NULL;

  -- What members say about coming to a meeting (attending, apologies, a deputy).
  CREATE TABLE meeting_responses (
    board TEXT NOT NULL,
    meeting_date TEXT NOT NULL,
    person TEXT NOT NULL,
    response TEXT NOT NULL CHECK (response IN ('attending', 'apologies', 'deputy')),
    deputy TEXT,
    reason TEXT,
    at TEXT NOT NULL,
    PRIMARY KEY (board, meeting_date, person)
  );

  -- Every change made through the assistant: who, when, what, before and after.
  CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT
  );

  -- Where to reach each Teams user proactively (reminders).
  CREATE TABLE conversations (
    user_key TEXT PRIMARY KEY,
    person TEXT,
    reference_json TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  `,
  `
  -- Proactive messages waiting to go, going, gone or given up on. A row is marked 'sending'
  -- before the call to Teams and 'sent' after it, so a crash in between is seen on restart
  -- ('interrupted') rather than sent twice or forgotten.
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    person TEXT NOT NULL,
    user_key TEXT NOT NULL,
    board TEXT,
    meeting_date TEXT,
    actions_json TEXT NOT NULL,
    activity_json TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'undeliverable', 'interrupted')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    activity_id TEXT,
    error TEXT
  );
  CREATE INDEX outbox_due ON outbox(state, next_attempt_at);

  -- Why each message was sent: one row per reason (this action due soon, this meeting's request…),
  -- so the same reason is never sent twice, whatever else is in the message.
  CREATE TABLE reminder_reasons (
    reason TEXT PRIMARY KEY,
    outbox_id INTEGER NOT NULL REFERENCES outbox(id)
  );

  -- A member who muted action reminders, until when.
  CREATE TABLE reminder_mutes (
    person TEXT PRIMARY KEY,
    until TEXT NOT NULL,
    at TEXT NOT NULL
  );
  `,
  `
  -- Each threshold document's level scheme, contacts and partnership, read at ingest (src/guidance).
  -- Goes with its document; a library ingested before this table existed is filled on first use.
  CREATE TABLE guidance (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    board TEXT,
    partnership TEXT NOT NULL,
    model_json TEXT NOT NULL
  );
  `,
  `
  -- The clerk's review of what was read (issue 15).
  -- Per-member state of a group action ("All Members", a subgroup): an event for one person.
  ALTER TABLE action_events ADD COLUMN for_person TEXT;
  -- A correction by the clerk or chair: why, the new wording, whether it is not an action at all
  -- ('not-an-action', 'merged:ID', '' to undo), what the document said when corrected (so a
  -- document that later says something else is noticed) and, for an action the reading missed,
  -- where it was agreed.
  ALTER TABLE action_events ADD COLUMN why TEXT;
  ALTER TABLE action_events ADD COLUMN text TEXT;
  ALTER TABLE action_events ADD COLUMN hidden TEXT;
  ALTER TABLE action_events ADD COLUMN document_said_json TEXT;
  ALTER TABLE action_events ADD COLUMN added_json TEXT;
  CREATE INDEX events_for_person ON action_events(for_person) WHERE for_person IS NOT NULL;

  -- A member's proposal the clerk accepts or declines: a new due date, or "this isn't mine".
  CREATE TABLE proposals (
    id INTEGER PRIMARY KEY,
    action_id TEXT NOT NULL REFERENCES actions(id),
    kind TEXT NOT NULL CHECK (kind IN ('due', 'not-mine')),
    person TEXT NOT NULL,
    person_key TEXT,
    proposed_due TEXT,
    note TEXT,
    at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'declined')),
    decided_by TEXT,
    decided_at TEXT,
    told INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX proposals_state ON proposals(state);

  -- The clerk's corrections to a meeting (who was present, who sent apologies, the next meeting),
  -- keyed by board and date so that they survive the minutes being read again.
  CREATE TABLE meeting_corrections (
    id INTEGER PRIMARY KEY,
    board TEXT NOT NULL,
    meeting_date TEXT NOT NULL,
    field TEXT NOT NULL CHECK (field IN ('present', 'apologies', 'next')),
    value_json TEXT NOT NULL,
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    why TEXT
  );
  CREATE INDEX meeting_corrections_meeting ON meeting_corrections(board, meeting_date);

  -- A document the clerk has checked, at the version (sha256) they checked.
  CREATE TABLE document_reviews (
    document TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    reviewed_by TEXT NOT NULL,
    at TEXT NOT NULL
  );
  `,
];
