namespace OdooAspire.OdooSimulator.Persistence;

/// <summary>
/// The simulator's own tables. Names echo Odoo's (bus_bus, res_partner, ...) so a reader finds their way,
/// but only the columns the LiveChat subset needs exist.
/// </summary>
internal static class SchemaScript
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS simulator_meta (key text PRIMARY KEY, value text NOT NULL);
        CREATE TABLE IF NOT EXISTS res_partner (
            id serial PRIMARY KEY, name text NOT NULL, active boolean NOT NULL DEFAULT true,
            write_date timestamptz NOT NULL DEFAULT now());
        CREATE TABLE IF NOT EXISTS res_users (
            id serial PRIMARY KEY, login text NOT NULL UNIQUE, password_hash text NOT NULL,
            partner_id integer NOT NULL REFERENCES res_partner(id), active boolean NOT NULL DEFAULT true);
        CREATE TABLE IF NOT EXISTS http_session (
            sid text PRIMARY KEY, uid integer REFERENCES res_users(id), create_date timestamptz NOT NULL DEFAULT now());
        CREATE TABLE IF NOT EXISTS mail_guest (
            id serial PRIMARY KEY, name text NOT NULL, access_token text NOT NULL,
            write_date timestamptz NOT NULL DEFAULT now());
        CREATE TABLE IF NOT EXISTS bus_presence (
            id serial PRIMARY KEY, partner_id integer UNIQUE REFERENCES res_partner(id),
            guest_id integer UNIQUE REFERENCES mail_guest(id), status text NOT NULL,
            last_presence timestamptz NOT NULL DEFAULT now(), last_poll timestamptz NOT NULL DEFAULT now());
        ALTER TABLE bus_presence ADD COLUMN IF NOT EXISTS last_poll timestamptz NOT NULL DEFAULT now();
        CREATE TABLE IF NOT EXISTS im_livechat_channel (id serial PRIMARY KEY, name text NOT NULL);
        CREATE TABLE IF NOT EXISTS im_livechat_channel_operator (
            livechat_channel_id integer NOT NULL REFERENCES im_livechat_channel(id),
            user_id integer NOT NULL REFERENCES res_users(id), PRIMARY KEY (livechat_channel_id, user_id));
        CREATE TABLE IF NOT EXISTS discuss_channel (
            id serial PRIMARY KEY, name text NOT NULL, channel_type text NOT NULL, uuid text NOT NULL,
            livechat_channel_id integer REFERENCES im_livechat_channel(id),
            livechat_operator_id integer REFERENCES res_partner(id), livechat_active boolean NOT NULL,
            anonymous_name text, create_uid integer NOT NULL, create_date timestamptz NOT NULL DEFAULT now(),
            last_interest_dt timestamptz);
        CREATE TABLE IF NOT EXISTS discuss_channel_member (
            id serial PRIMARY KEY, channel_id integer NOT NULL REFERENCES discuss_channel(id),
            partner_id integer REFERENCES res_partner(id), guest_id integer REFERENCES mail_guest(id),
            create_date timestamptz NOT NULL DEFAULT now(), last_interest_dt timestamptz NOT NULL DEFAULT now(),
            fetched_message_id integer, seen_message_id integer, last_seen_dt timestamptz, is_typing_dt timestamptz);
        CREATE TABLE IF NOT EXISTS mail_message (
            id serial PRIMARY KEY, model text NOT NULL, res_id integer NOT NULL, body text NOT NULL,
            message_type text NOT NULL, author_partner_id integer REFERENCES res_partner(id),
            author_guest_id integer REFERENCES mail_guest(id), create_date timestamptz NOT NULL DEFAULT now());
        CREATE TABLE IF NOT EXISTS bus_bus (
            id bigserial PRIMARY KEY, channel text NOT NULL, message text NOT NULL,
            create_date timestamptz NOT NULL DEFAULT now());
        CREATE INDEX IF NOT EXISTS bus_bus_channel_id ON bus_bus (channel, id);
        """;

    /// <summary>The records a fresh Odoo database has, with the same ids (partner 3 / user 2 is the admin).</summary>
    public const string Seed = """
        INSERT INTO res_partner (id, name, active) VALUES
            (1, 'My Company', true), (2, 'OdooBot', false), (3, 'Administrator', true), (4, 'Public user', false);
        SELECT setval('res_partner_id_seq', 100);
        INSERT INTO res_users (id, login, password_hash, partner_id, active) VALUES
            (1, '__system__', '!', 2, false), (2, 'admin', '{admin_hash}', 3, true), (4, 'public', '!', 4, false);
        SELECT setval('res_users_id_seq', 100);
        INSERT INTO im_livechat_channel (id, name) VALUES (1, 'YourWebsite.com');
        SELECT setval('im_livechat_channel_id_seq', 1);
        INSERT INTO simulator_meta (key, value) VALUES ('initialized', 'true');
        """;
}
