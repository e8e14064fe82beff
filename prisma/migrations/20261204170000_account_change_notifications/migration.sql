-- Every change to what an account's extension lists show raises NOTIFY devops_changes '<account id>'.
-- API processes LISTEN and drop their cached pages for that account, whichever process (or a plain
-- SQL session) made the change. Postgres folds identical notifications of one transaction into one.

CREATE OR REPLACE FUNCTION devops_notify_account_change() RETURNS trigger AS $$
DECLARE
  account_column text := TG_ARGV[0];
  account text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    account := to_jsonb(OLD) ->> account_column;
  ELSE
    account := to_jsonb(NEW) ->> account_column;
    IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) ->> account_column) IS DISTINCT FROM account THEN
      PERFORM pg_notify('devops_changes', to_jsonb(OLD) ->> account_column);
    END IF;
  END IF;
  IF account IS NOT NULL THEN
    PERFORM pg_notify('devops_changes', account);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Product links carry no account of their own: look it up through the extension.
CREATE OR REPLACE FUNCTION devops_notify_extension_product_change() RETURNS trigger AS $$
DECLARE
  extension_id text;
BEGIN
  extension_id := CASE WHEN TG_OP = 'DELETE' THEN OLD."extensionId" ELSE NEW."extensionId" END;
  PERFORM pg_notify('devops_changes', e."accountId") FROM "Extension" e WHERE e.id = extension_id;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Account_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Account"
  FOR EACH ROW EXECUTE FUNCTION devops_notify_account_change('id');
CREATE TRIGGER "Product_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Product"
  FOR EACH ROW EXECUTE FUNCTION devops_notify_account_change('accountId');
CREATE TRIGGER "Hub_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Hub"
  FOR EACH ROW EXECUTE FUNCTION devops_notify_account_change('accountId');
CREATE TRIGGER "Extension_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Extension"
  FOR EACH ROW EXECUTE FUNCTION devops_notify_account_change('accountId');
CREATE TRIGGER "Environment_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Environment"
  FOR EACH ROW EXECUTE FUNCTION devops_notify_account_change('accountId');
CREATE TRIGGER "ExtensionProduct_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "ExtensionProduct"
  FOR EACH ROW EXECUTE FUNCTION devops_notify_extension_product_change();
