-- Demo data for the local stack. Every id and date is fixed, so two fresh
-- databases hold exactly the same rows. The credentials match
-- e2e/stack/db/demo.ts.
--
-- Contacts 1 to 12 are the cases a message-to-contact match must get right:
-- an address entered in capitals (1), an address inside another (2 and 3),
-- an address with "_" next to one that differs only there (4 and 5), an
-- address shared by two contacts (6 and 7), and contacts never seen (8, 10).

-- Salespeople: the sign-up trigger creates their sales rows, 1 then 2 -------

insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password,
  email_confirmed_at, raw_app_meta_data, raw_user_meta_data,
  created_at, updated_at, is_super_admin, is_anonymous
)
values
  (
    '00000000-0000-0000-0000-000000000000',
    '00000000-0000-4000-a000-000000000001',
    'authenticated', 'authenticated', 'demo@atomic-crm.test',
    extensions.crypt('demo-password-1', extensions.gen_salt('bf')),
    '2024-05-01T08:00:00Z',
    '{"provider": "email", "providers": ["email"]}',
    '{"first_name": "Dana", "last_name": "Scott"}',
    '2024-05-01T08:00:00Z', '2024-05-01T08:00:00Z', false, false
  ),
  (
    '00000000-0000-0000-0000-000000000000',
    '00000000-0000-4000-a000-000000000002',
    'authenticated', 'authenticated', 'sam@atomic-crm.test',
    extensions.crypt('sam-password-1', extensions.gen_salt('bf')),
    '2024-05-02T08:00:00Z',
    '{"provider": "email", "providers": ["email"]}',
    '{"first_name": "Sam", "last_name": "Rivera"}',
    '2024-05-02T08:00:00Z', '2024-05-02T08:00:00Z', false, false
  );

insert into auth.identities (
  id, provider_id, user_id, identity_data, provider, created_at, updated_at
)
select
  id, id::text, id,
  jsonb_build_object('sub', id::text, 'email', email, 'email_verified', true),
  'email', created_at, updated_at
from auth.users
where id in (
  '00000000-0000-4000-a000-000000000001',
  '00000000-0000-4000-a000-000000000002'
);

-- Tags ------------------------------------------------------------------------

insert into public.tags (id, name, color) values
  (1, 'football-fan', '#eddcd2'),
  (2, 'holiday-card', '#fff1e6'),
  (3, 'influencer', '#fde2e4'),
  (4, 'manager', '#fad2e1'),
  (5, 'musician', '#c5dedd'),
  (6, 'vip', '#dbe7e4');

-- Companies -----------------------------------------------------------------

insert into public.companies (
  id, created_at, name, sector, size, website, phone_number, city, country,
  sales_id
) values
  (1, '2024-05-03T09:00:00Z', 'Acme', 'manufacturing', 250,
    'https://acme.test', '+1 555 0100', 'Springfield', 'USA', 1),
  (2, '2024-05-03T09:10:00Z', 'Globex', 'energy', 1000,
    'https://globex.test', '+1 555 0101', 'Cypress Creek', 'USA', 1),
  (3, '2024-05-03T09:20:00Z', 'Initech', 'technology', 50,
    'https://initech.test', '+1 555 0102', 'Austin', 'USA', 2),
  (4, '2024-05-03T09:30:00Z', 'Umbrella', 'healthcare', 5000,
    'https://umbrella.test', '+44 20 7946 0103', 'London', 'UK', 1),
  (5, '2024-05-03T09:40:00Z', 'Hooli', 'technology', 5000,
    'https://hooli.test', '+1 555 0104', 'Palo Alto', 'USA', 2),
  (6, '2024-05-03T09:50:00Z', 'Stark Industries', 'manufacturing', 1000,
    'https://stark.test', '+1 555 0105', 'New York', 'USA', 1),
  (7, '2024-05-03T10:00:00Z', 'Wayne Enterprises', 'finance', 1000,
    'https://wayne.test', '+1 555 0106', 'Gotham', 'USA', 2),
  (8, '2024-05-03T10:10:00Z', 'Wonka', 'food', 250,
    'https://wonka.test', '+44 161 496 0107', 'Manchester', 'UK', 1),
  (9, '2024-05-03T10:20:00Z', 'Soylent', 'food', 50,
    'https://soylent.test', '+1 555 0108', 'Seattle', 'USA', 2),
  (10, '2024-05-03T10:30:00Z', 'Tyrell', 'technology', 250,
    'https://tyrell.test', '+1 555 0109', 'Los Angeles', 'USA', 1);

-- Contacts: the cases that matter -------------------------------------------

insert into public.contacts (
  id, first_name, last_name, gender, title, company_id, sales_id, status,
  tags, has_newsletter, first_seen, last_seen, email_jsonb, phone_jsonb
) values
  (1, 'Ada', 'Lovelace', 'female', 'Chief Analyst', 1, 1, 'hot', '{6}',
    true, '2024-06-01T09:00:00Z', '2025-03-01T10:00:00Z',
    '[{"email": "Ada.Lovelace@Acme.TEST", "type": "Work"},
      {"email": "ada@lovelace.test", "type": "Home"}]',
    '[{"number": "+1 555 0110", "type": "Work"}]'),
  (2, 'Bob', 'Smith', 'male', 'Buyer', 1, 1, 'warm', '{}',
    false, '2024-06-02T09:00:00Z', '2025-02-20T10:00:00Z',
    '[{"email": "bob@acme.test", "type": "Work"}]',
    '[{"number": "+1 555 0111", "type": "Work"}]'),
  (3, 'Jimmy', 'Bobson', 'male', 'Warehouse Lead', 1, 2, 'cold', '{1}',
    false, '2024-06-03T09:00:00Z', '2025-01-15T10:00:00Z',
    '[{"email": "jimbob@acme.test", "type": "Work"}]',
    '[]'),
  (4, 'Jane', 'Doe', 'female', 'Head of Procurement', 2, 1, 'warm', '{4}',
    true, '2024-06-04T09:00:00Z', '2025-02-10T10:00:00Z',
    '[{"email": "jane_doe@globex.test", "type": "Work"},
      {"email": "jane.doe@home.test", "type": "Home"}]',
    '[{"number": "+1 555 0113", "type": "Work"}]'),
  (5, 'Jane', 'Xavier-Doe', 'female', 'Engineer', 2, 2, 'cold', '{}',
    false, '2024-06-05T09:00:00Z', '2025-01-05T10:00:00Z',
    '[{"email": "janexdoe@globex.test", "type": "Work"}]',
    '[]'),
  (6, 'Peter', 'Gibbons', 'male', 'Programmer', 3, 2, 'warm', '{}',
    false, '2024-06-06T09:00:00Z', '2025-02-01T10:00:00Z',
    '[{"email": "peter.gibbons@initech.test", "type": "Work"},
      {"email": "support@initech.test", "type": "Other"}]',
    '[{"number": "+1 555 0116", "type": "Work"}]'),
  (7, 'Samir', 'Nagheenanajar', 'male', 'Programmer', 3, 2, 'cold', '{}',
    false, '2024-06-07T09:00:00Z', '2025-01-20T10:00:00Z',
    '[{"email": "samir@initech.test", "type": "Work"},
      {"email": "support@initech.test", "type": "Other"}]',
    '[]'),
  (8, 'Milton', 'Waddams', 'male', 'Collator', 3, 2, 'cold', '{}',
    false, '2024-06-08T09:00:00Z', null,
    '[{"email": "milton@initech.test", "type": "Work"}]',
    '[]'),
  (9, 'Gavin', 'Belson', 'male', 'CEO', 5, 1, 'in-contract', '{3,6}',
    true, '2024-06-09T09:00:00Z', '2025-03-05T10:00:00Z',
    '[{"email": "gavin@hooli.test", "type": "Work"},
      {"email": "gavin.belson@hooli.test", "type": "Work"},
      {"email": "gb@belson.test", "type": "Home"}]',
    '[{"number": "+1 555 0119", "type": "Work"},
      {"number": "+1 555 0219", "type": "Home"}]'),
  (10, 'Tony', 'Stark', 'male', 'CEO', 6, 1, 'hot', '{3}',
    false, '2024-06-10T09:00:00Z', null,
    '[{"email": "tony@stark.test", "type": "Work"}]',
    '[{"number": "+1 555 0120", "type": "Work"}]'),
  (11, 'Bruce', 'Wayne', 'male', 'Chairman', 7, 2, 'warm', '{2,6}',
    true, '2024-06-11T09:00:00Z', '2025-02-25T10:00:00Z',
    '[{"email": "bruce@wayne.test", "type": "Work"},
      {"email": "b.wayne@gotham.test", "type": "Home"}]',
    '[]'),
  (12, 'Willy', 'Wonka', 'male', 'Founder', 8, 1, 'in-contract', '{5}',
    false, '2024-06-12T09:00:00Z', '2025-03-10T10:00:00Z',
    '[{"email": "willy@wonka.test", "type": "Work"}]',
    '[{"number": "+44 161 496 0122", "type": "Work"}]');

-- Contacts 13 to 50: ordinary people, one to three addresses each -----------

insert into public.contacts (
  id, first_name, last_name, gender, title, company_id, sales_id, status,
  tags, has_newsletter, first_seen, last_seen, email_jsonb, phone_jsonb
)
select
  n,
  person.first_name,
  person.last_name,
  case when n % 2 = 0 then 'female' else 'male' end,
  (array['Manager', 'Engineer', 'Analyst', 'Director', 'Consultant'])
    [n % 5 + 1],
  person.company_id,
  n % 2 + 1,
  (array['cold', 'warm', 'hot', 'in-contract'])[n % 4 + 1],
  case when n % 5 = 0 then array[n % 6 + 1]::bigint[] else '{}' end,
  n % 3 = 0,
  timestamptz '2024-06-01T09:00:00Z' + make_interval(days => n),
  case
    when n % 7 = 0 then null
    else timestamptz '2025-01-01T09:00:00Z' + make_interval(days => n)
  end,
  (
    select jsonb_agg(address order by position)
    from (
      values
        (1, jsonb_build_object(
          'email', person.local || '@' || person.domain, 'type', 'Work')),
        (2, jsonb_build_object(
          'email', person.local || '@mail.test', 'type', 'Home')),
        (3, jsonb_build_object(
          'email', left(person.local, 1) || lower(person.last_name)
            || '@other.test', 'type', 'Other'))
    ) as addresses (position, address)
    where position <= n % 3 + 1
  ),
  jsonb_build_array(jsonb_build_object(
    'number', '+1 555 ' || lpad((200 + n)::text, 4, '0'), 'type', 'Work'))
from generate_series(13, 50) as n
cross join lateral (
  select
    first_name,
    last_name,
    company_id,
    lower(first_name) || '.' || lower(last_name) as local,
    (array[
      'acme.test', 'globex.test', 'initech.test', 'umbrella.test',
      'hooli.test', 'stark.test', 'wayne.test', 'wonka.test',
      'soylent.test', 'tyrell.test'
    ])[company_id] as domain
  from (
    select
      (array[
        'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Lucas', 'Mia', 'Ethan',
        'Chloe', 'Mateo', 'Zoe', 'Hugo', 'Nora', 'Felix', 'Iris', 'Omar',
        'Lena', 'Ravi', 'Yuki', 'Sofia'
      ])[n % 20 + 1] as first_name,
      (array[
        'Martin', 'Garcia', 'Chen', 'Novak', 'Okafor', 'Rossi', 'Silva',
        'Tanaka', 'Dubois', 'Kowalski', 'Haddad', 'Larsen', 'Moreau'
      ])[n % 13 + 1] as last_name,
      n % 10 + 1 as company_id
  ) as names
) as person;

-- Notes, tasks, deals ----------------------------------------------------------

insert into public.contact_notes (id, contact_id, text, date, sales_id, status)
select
  n,
  (n * 7) % 50 + 1,
  (array[
    'Called about the renewal. Wants a quote by Friday.',
    'Sent the product brochure.',
    'Met at the trade fair; interested in the premium plan.',
    'Asked for a discount on volume orders.',
    E'Follow-up on the demo.\nThey will decide next month.'
  ])[n % 5 + 1],
  timestamptz '2024-12-01T14:00:00Z' + make_interval(days => n),
  n % 2 + 1,
  (array['cold', 'warm', 'hot', 'in-contract'])[n % 4 + 1]
from generate_series(1, 30) as n;

insert into public.tasks (id, contact_id, type, text, due_date, done_date,
  sales_id)
select
  n,
  (n * 3) % 50 + 1,
  (array['email', 'call', 'meeting', 'follow-up', 'demo'])[n % 5 + 1],
  (array[
    'Send the updated quote', 'Call back about the contract',
    'Book a meeting with the team', 'Check in after the trial',
    'Prepare the demo'
  ])[n % 5 + 1],
  timestamptz '2025-03-01T09:00:00Z' + make_interval(days => n),
  case
    when n % 3 = 0
      then timestamptz '2025-02-20T09:00:00Z' + make_interval(days => n)
  end,
  n % 2 + 1
from generate_series(1, 20) as n;

insert into public.deals (
  id, name, company_id, contact_ids, category, stage, description, amount,
  created_at, updated_at, expected_closing_date, sales_id, index
) values
  (1, 'Acme rollout', 1, '{1,2}', 'ui-design', 'opportunity',
    'Company-wide rollout.', 45000, '2025-01-10T09:00:00Z',
    '2025-01-10T09:00:00Z', '2025-04-30', 1, 0),
  (2, 'Globex pilot', 2, '{4}', 'website-design', 'proposal-sent',
    'Three-month pilot.', 12000, '2025-01-12T09:00:00Z',
    '2025-01-20T09:00:00Z', '2025-03-31', 1, 0),
  (3, 'Initech support plan', 3, '{6,7}', 'other', 'in-negociation',
    'Support for the whole team.', 8000, '2025-01-15T09:00:00Z',
    '2025-02-01T09:00:00Z', '2025-03-15', 2, 0),
  (4, 'Hooli licence', 5, '{9}', 'copywriting', 'won',
    'Annual licence.', 90000, '2024-11-01T09:00:00Z',
    '2024-12-15T09:00:00Z', '2024-12-15', 2, 0),
  (5, 'Stark prototype', 6, '{10}', 'print-project', 'lost',
    'Prototype printing.', 30000, '2024-10-01T09:00:00Z',
    '2024-11-01T09:00:00Z', '2024-11-01', 1, 0),
  (6, 'Wayne renewal', 7, '{11}', 'other', 'delayed',
    'Renewal on hold until the audit.', 60000, '2024-12-01T09:00:00Z',
    '2025-01-05T09:00:00Z', '2025-06-30', 2, 0),
  (7, 'Wonka packaging', 8, '{12}', 'print-project', 'opportunity',
    'New packaging line.', 25000, '2025-02-01T09:00:00Z',
    '2025-02-01T09:00:00Z', '2025-05-31', 1, 1),
  (8, 'Acme second site', 1, '{3}', 'website-design', 'proposal-sent',
    'Website for the second plant.', 15000, '2025-02-10T09:00:00Z',
    '2025-02-12T09:00:00Z', '2025-04-15', 2, 1);

insert into public.deal_notes (id, deal_id, type, text, date, sales_id) values
  (1, 1, 'email', 'Sent the proposal draft.', '2025-01-11T10:00:00Z', 1),
  (2, 3, 'call', 'They asked for a lower price.', '2025-02-02T10:00:00Z', 2),
  (3, 4, 'meeting', 'Signed at the meeting.', '2024-12-15T10:00:00Z', 2),
  (4, 6, 'email', 'Audit delayed to June.', '2025-01-05T10:00:00Z', 2);

-- Configuration, as saved from the settings page ----------------------------

update public.configuration
set config = '{
  "title": "Atomic CRM Demo",
  "noteStatuses": [
    {"value": "cold", "label": "Cold", "color": "#7dbde8"},
    {"value": "warm", "label": "Warm", "color": "#e8cb7d"},
    {"value": "hot", "label": "Hot", "color": "#e88b7d"},
    {"value": "in-contract", "label": "In Contract", "color": "#a4e87d"}
  ],
  "taskTypes": [
    {"value": "none", "label": "None"},
    {"value": "email", "label": "Email"},
    {"value": "demo", "label": "Demo"},
    {"value": "lunch", "label": "Lunch"},
    {"value": "meeting", "label": "Meeting"},
    {"value": "follow-up", "label": "Follow-up"},
    {"value": "thank-you", "label": "Thank you"},
    {"value": "ship", "label": "Ship"},
    {"value": "call", "label": "Call"}
  ],
  "dealStages": [
    {"value": "opportunity", "label": "Opportunity"},
    {"value": "proposal-sent", "label": "Proposal Sent"},
    {"value": "in-negociation", "label": "In Negotiation"},
    {"value": "won", "label": "Won"},
    {"value": "lost", "label": "Lost"},
    {"value": "delayed", "label": "Delayed"}
  ],
  "dealPipelineStatuses": ["won"],
  "dealCategories": [
    {"value": "other", "label": "Other"},
    {"value": "copywriting", "label": "Copywriting"},
    {"value": "print-project", "label": "Print project"},
    {"value": "ui-design", "label": "UI Design"},
    {"value": "website-design", "label": "Website design"}
  ],
  "companySectors": [
    {"value": "energy", "label": "Energy"},
    {"value": "finance", "label": "Finance"},
    {"value": "food", "label": "Food"},
    {"value": "healthcare", "label": "Healthcare"},
    {"value": "manufacturing", "label": "Manufacturing"},
    {"value": "technology", "label": "Technology"}
  ]
}'
where id = 1;

-- Identity sequences continue after the fixed ids ---------------------------

do $$
declare
  seeded text;
begin
  foreach seeded in array array[
    'sales', 'tags', 'companies', 'contacts', 'contact_notes', 'tasks',
    'deals', 'deal_notes'
  ]
  loop
    execute format(
      'select setval(pg_get_serial_sequence(%L, %L),'
      ' (select coalesce(max(id), 0) + 1 from public.%I), false)',
      'public.' || seeded, 'id', seeded);
  end loop;
end
$$;
