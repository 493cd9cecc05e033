package org.extupgrade.model;

import static org.extupgrade.model.Severity.ERROR;
import static org.extupgrade.model.Severity.INFO;
import static org.extupgrade.model.Severity.WARNING;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry of finding kinds: every finding any command reports has one of these, with its id
 * (stable, kebab-case, used in JSON and in the policy file), default severity and meaning. {@code
 * check} and {@code verify} use the same kind for the same difference. docs/findings.md is tested
 * against this list.
 */
public enum FindingKind {
  // Differences between an upgraded install and a fresh one: errors, whoever finds them.
  MISSING_OBJECT(
      "missing-object", ERROR, "a fresh install has an object the upgrade does not", Source.BOTH),
  LEFTOVER_OBJECT(
      "leftover-object", ERROR, "the upgrade leaves an object a fresh install lacks", Source.BOTH),
  SIGNATURE_DRIFT(
      "signature-drift",
      ERROR,
      "a routine or operator has other arguments or result",
      Source.CHECK),
  ATTRIBUTE_DRIFT(
      "attribute-drift",
      ERROR,
      "a routine attribute differs (volatility, strictness, security, cost, argument names and"
          + " defaults...)",
      Source.CHECK),
  COLUMN_DRIFT(
      "column-drift", ERROR, "a table column differs (type, default, nullability)", Source.CHECK),
  CONSTRAINT_DRIFT(
      "constraint-drift", ERROR, "a table constraint is missing, extra or different", Source.CHECK),
  DEFINITION_DRIFT(
      "definition-drift", ERROR, "an object's definition or body differs", Source.BOTH),
  PRIVILEGE_DRIFT("privilege-drift", ERROR, "an object's privileges (ACL) differ", Source.VERIFY),
  OWNER_DRIFT("owner-drift", ERROR, "an object has another owner", Source.VERIFY),
  COMMENT_DRIFT("comment-drift", ERROR, "an object's comment differs", Source.BOTH),
  COLUMN_ORDER_DRIFT(
      "column-order-drift",
      WARNING,
      "columns are in another order (SELECT * and COPY without a column list see it)",
      Source.BOTH),
  BODY_LAYOUT_DRIFT(
      "body-layout-drift",
      INFO,
      "a SQL or PL/pgSQL body differs only in its comments (white space alone is no finding)",
      Source.VERIFY),
  CONFIG_DUMP_MISSING(
      "config-dump-missing",
      ERROR,
      "a configuration table is not registered with pg_extension_config_dump",
      Source.CHECK),

  // Scripts that fail.
  INSTALL_FAILS(
      "install-fails", ERROR, "CREATE EXTENSION fails in a full install script", Source.BOTH),
  UPDATE_FAILS(
      "update-fails", ERROR, "ALTER EXTENSION UPDATE fails in an update script", Source.BOTH),
  SCRIPT_TIMEOUT(
      "script-timeout",
      ERROR,
      "a script did not finish within the statement timeout",
      Source.VERIFY),
  SCRIPT_SYNTAX(
      "script-syntax", ERROR, "a script cannot be read (a lexical or syntax error)", Source.CHECK),
  DUPLICATE_DEFINITION(
      "duplicate-definition",
      ERROR,
      "a script creates an object that already exists",
      Source.CHECK),
  DROP_MATCHES_NOTHING(
      "drop-matches-nothing",
      WARNING,
      "a DROP ... IF EXISTS names a signature that does not exist there while another overload"
          + " does",
      Source.CHECK),

  // The control file.
  REQUIRES_UNAVAILABLE(
      "requires-unavailable",
      ERROR,
      "requires names an extension the PostgreSQL verify ran on does not have: nothing that needs"
          + " it could be installed",
      Source.VERIFY),
  REQUIRES_EXTERNAL(
      "requires-external",
      INFO,
      "requires names an extension PostgreSQL does not ship: verify needs it installed where it"
          + " runs (whether it is cannot be known without a server)",
      Source.STATIC),

  // Paths.
  NO_UPDATE_PATH(
      "no-update-path",
      ERROR,
      "an installable version cannot be updated to the target",
      Source.ALL),
  NO_PATH_TO_DEFAULT(
      "no-path-to-default", ERROR, "a version has no update path to default_version", Source.PATHS),
  DEFAULT_VERSION_NOT_INSTALLABLE(
      "default-version-not-installable",
      ERROR,
      "default_version has no full install script and no install path",
      Source.PATHS),
  NO_DEFAULT_VERSION(
      "no-default-version", WARNING, "the control file has no default_version", Source.PATHS),
  UNREACHABLE_SCRIPT(
      "unreachable-script",
      WARNING,
      "an update script starts at a version nothing installs and does not lead to"
          + " default_version",
      Source.PATHS),
  NEWER_THAN_DEFAULT(
      "newer-than-default",
      INFO,
      "a version newer than default_version has no update path to it (in development, or"
          + " default_version not bumped)",
      Source.PATHS),
  EDGE_TO_UNKNOWN_VERSION(
      "edge-to-unknown-version",
      WARNING,
      "an update script leads to a version that has no other script",
      Source.PATHS),
  DEFAULT_VERSION_INSTALLED_BY_UPDATE(
      "default-version-installed-by-update",
      INFO,
      "default_version is installed through an install path, not a full script",
      Source.PATHS),
  DIRECT_AND_CHAIN(
      "direct-and-chain", INFO, "a direct script exists beside a chain of scripts", Source.PATHS),
  UPDATE_CYCLE("update-cycle", INFO, "update scripts form a cycle", Source.PATHS),

  // Scenarios of verify beyond catalog parity.
  DATA_CHANGED(
      "data-changed", ERROR, "rows of a watched table changed in the update", Source.VERIFY),
  USER_OBJECT_BROKEN(
      "user-object-broken",
      ERROR,
      "a user's object over the extension no longer works after the update",
      Source.VERIFY),
  CHECK_QUERY_DIFFERS(
      "check-query-differs",
      ERROR,
      "an author's check query answers otherwise than on a fresh install",
      Source.VERIFY),
  CHECK_QUERY_FAILS(
      "check-query-fails",
      ERROR,
      "an author's check query fails or times out both on a fresh install and after the update, so"
          + " it compares nothing",
      Source.VERIFY),
  RERUN_FAILS("rerun-fails", ERROR, "an update script fails when run a second time", Source.VERIFY),
  RERUN_CHANGES_CATALOG(
      "rerun-changes-catalog",
      ERROR,
      "running an update script a second time changes the catalog",
      Source.VERIFY),
  DOWNGRADE_FAILS("downgrade-fails", ERROR, "a downgrade script fails", Source.VERIFY),
  DOWNGRADE_DIFFERS(
      "downgrade-differs",
      ERROR,
      "update then downgrade differs from a fresh install of the older version",
      Source.VERIFY),
  SCHEMA_DIFFERS(
      "schema-differs",
      ERROR,
      "installed in another schema, the upgrade differs from a fresh install there",
      Source.VERIFY),
  SETTING_LEAKS(
      "setting-leaks",
      ERROR,
      "a script leaves a setting changed for the session that changes what later statements do",
      Source.VERIFY),
  MESSAGE_SETTING_LEAKS(
      "message-setting-leaks",
      INFO,
      "a script leaves a message or log level changed for the session (no results change)",
      Source.VERIFY),
  LOCKS_USER_TABLE(
      "locks-user-table", WARNING, "the update locks a user table beyond a read", Source.VERIFY),
  STUB_NOT_CALLABLE(
      "stub-not-callable",
      WARNING,
      "stub mode cannot imitate what a script needs from the C library (a stub that can only"
          + " fail, a setting the library defines): that scenario was not checked",
      Source.VERIFY),
  LIBRARY_MISSING_SYMBOL(
      "library-missing-symbol",
      ERROR,
      "the compiled library lacks a symbol a script's C function names",
      Source.VERIFY),

  // What could not be checked.
  NO_BASELINE(
      "no-baseline",
      INFO,
      "a version has no full install script and no install path: not checked",
      Source.CHECK),
  OLD_VERSIONS_UNTESTABLE(
      "old-versions-untestable",
      INFO,
      "update scripts start at old versions no file here installs (their full install scripts are"
          + " not kept): those upgrades are not tested",
      Source.ALL),
  NOT_MODELED("not-modeled", INFO, "statements the static model does not read", Source.CHECK),
  BLIND_SPOT("blind-spot", INFO, "dynamic SQL that cannot be read statically", Source.CHECK),
  ACCEPTED_UNUSED(
      "accepted-unused",
      WARNING,
      "an accepted finding in extupgrade.toml matches nothing any more",
      Source.BOTH),

  // scen
  UPDATE_BLOCKED_BY_DEPENDENTS(
      "update-blocked-by-dependents",
      WARNING,
      "the update cannot run while a user's view, column or index uses an object it drops (users"
          + " must drop their objects first)",
      Source.VERIFY),
  RESTORE_FAILS(
      "restore-fails",
      ERROR,
      "pg_restore of a pg_dump of the upgraded database reports errors (configuration rows its"
          + " dump filter does not exclude, objects that cannot be created again)",
      Source.VERIFY),
  RESTORE_DIFFERS(
      "restore-differs",
      ERROR,
      "a dumped and restored copy of the upgraded database differs from it: catalog,"
          + " configuration rows or user data are lost",
      Source.VERIFY),

  // lint: the security lint of scripts (docs/lint.md), reported by check once per location.
  CREATE_OR_REPLACE(
      "create-or-replace",
      WARNING,
      "CREATE OR REPLACE of an object the extension does not own yet: a user who created it first"
          + " keeps it and can change it later",
      Source.CHECK),
  CREATE_IF_NOT_EXISTS(
      "create-if-not-exists",
      WARNING,
      "CREATE ... IF NOT EXISTS of a table, sequence, index, view or server a user may have"
          + " created first",
      Source.CHECK),
  CREATE_SCHEMA_IF_NOT_EXISTS(
      "create-schema-if-not-exists",
      ERROR,
      "CREATE SCHEMA IF NOT EXISTS: a user who created the schema first owns everything put in it",
      Source.CHECK),
  SECURITY_DEFINER_NO_SEARCH_PATH(
      "security-definer-no-search-path",
      ERROR,
      "a SECURITY DEFINER routine without SET search_path runs with the caller's search_path",
      Source.CHECK),
  SECURITY_DEFINER_UNSAFE_SEARCH_PATH(
      "security-definer-unsafe-search-path",
      ERROR,
      "a SECURITY DEFINER routine sets a search_path users can write into (public, \"$user\", a"
          + " foreign schema) or without pg_temp last",
      Source.CHECK),
  FUNCTION_NO_SEARCH_PATH(
      "function-no-search-path",
      INFO,
      "a SQL or PL/pgSQL routine without SET search_path resolves names through its caller's"
          + " search_path",
      Source.CHECK),
  SEARCH_PATH_QUOTED_LIST(
      "search-path-quoted-list",
      ERROR,
      "search_path set to one quoted string with commas: one odd schema name, pg_temp first",
      Source.CHECK),
  UNQUALIFIED_FUNCTION_CALL(
      "unqualified-function-call",
      WARNING,
      "a function called without a schema where search_path is not safe: a user's better-matching"
          + " function can capture the call",
      Source.CHECK),
  UNQUALIFIED_OPERATOR(
      "unqualified-operator",
      INFO,
      "an operator used without OPERATOR(schema.op) where search_path is not safe",
      Source.CHECK),
  IMPLICIT_OPERATOR(
      "implicit-operator",
      INFO,
      "a construct that looks up = through search_path and cannot be qualified (simple CASE, IN,"
          + " NULLIF, IS DISTINCT FROM) where search_path is not safe",
      Source.CHECK),
  UNQUALIFIED_RELATION(
      "unqualified-relation",
      INFO,
      "a table or view read or written without a schema where search_path is not safe",
      Source.CHECK),
  DYNAMIC_SQL_CONCATENATION(
      "dynamic-sql-concatenation",
      WARNING,
      "EXECUTE of SQL built by concatenation or format('%s') without quote_ident, quote_literal or"
          + " format('%I'/'%L')",
      Source.CHECK),
  PLACEHOLDER_IN_STRING(
      "placeholder-in-string",
      INFO,
      "@extschema@ or @extowner@ inside a string or a dollar-quoted body: injectable on servers"
          + " without the CVE-2023-39417 fix",
      Source.CHECK),
  PLACEHOLDER_DOUBLE_QUOTED(
      "placeholder-double-quoted",
      WARNING,
      "\"@extschema@\" in double quotes: it is substituted already quoted, so a name that needs"
          + " quotes breaks (and on servers without the CVE-2023-39417 fix, injects)",
      Source.CHECK),
  GRANT_TO_PUBLIC(
      "grant-to-public",
      WARNING,
      "a trusted extension grants a privilege to PUBLIC on an object the bootstrap superuser owns",
      Source.CHECK),
  ALTER_OWNER(
      "alter-owner",
      WARNING,
      "a script gives an object to a fixed role (ALTER ... OWNER TO, REASSIGN OWNED)",
      Source.CHECK),
  ROLE_IN_SCRIPT(
      "role-in-script",
      WARNING,
      "a script creates, alters, drops, grants or switches roles (roles are cluster-wide and no"
          + " extension member)",
      Source.CHECK),
  TRUSTED_REQUIRES(
      "trusted-requires",
      WARNING,
      "a trusted extension requires another extension whose schema it cannot know, so references"
          + " to it cannot be made safe",
      Source.CHECK),

  // release: what a release froze (docs/release.md).
  RELEASED_SCRIPT_CHANGED(
      "released-script-changed",
      ERROR,
      "an update script that was part of a release tag has changed since: users who updated with"
          + " that release ran the old text, and the change never reaches them",
      Source.CHECK),
  RELEASED_BASELINE_CHANGED(
      "released-baseline-changed",
      WARNING,
      "a full install script or archived baseline that was part of a release tag has changed"
          + " since: it no longer shows what users of that release installed",
      Source.CHECK),
  BASELINE_DIFFERS(
      "baseline-differs",
      ERROR,
      "an archived full install script no longer matches what its release tag holds or what the"
          + " build makes",
      Source.ARCHIVE),

  // rollback
  ROLLBACK_REPLAY_FAILS(
      "rollback-replay-fails",
      ERROR,
      "the configuration data dumped after the update cannot be replayed into the old version"
          + " installed again (DROP EXTENSION CASCADE, CREATE EXTENSION VERSION old): the rollback"
          + " plan fails",
      Source.VERIFY),
  ROLLBACK_DATA_LOST(
      "rollback-data-lost",
      ERROR,
      "after a rollback (dump, DROP EXTENSION CASCADE, install of the old version, replay) the"
          + " rows of a configuration table the new version still registers differ from before"
          + " the update",
      Source.VERIFY);

  /** Which commands report a kind. */
  public enum Source {
    PATHS,
    CHECK,
    VERIFY,
    BOTH,
    STATIC,
    ALL,
    ARCHIVE;

    /** The commands, by name. */
    public Set<String> commands() {
      return switch (this) {
        case PATHS -> Set.of("paths");
        case CHECK -> Set.of("check");
        case VERIFY -> Set.of("verify");
        case BOTH -> Set.of("check", "verify");
        case STATIC -> Set.of("paths", "check");
        case ALL -> Set.of("paths", "check", "verify");
        case ARCHIVE -> Set.of("archive");
      };
    }
  }

  private static final Map<String, FindingKind> BY_ID =
      Arrays.stream(values()).collect(Collectors.toMap(k -> k.id, Function.identity()));

  private final String id;
  private final Severity severity;
  private final String meaning;
  private final Source source;

  FindingKind(String id, Severity severity, String meaning, Source source) {
    this.id = id;
    this.severity = severity;
    this.meaning = meaning;
    this.source = source;
  }

  /** The stable kebab-case id ({@code missing-object}). */
  public String id() {
    return id;
  }

  /** The severity a finding of this kind has unless the policy says otherwise. */
  public Severity severity() {
    return severity;
  }

  /** One line saying what a finding of this kind means. */
  public String meaning() {
    return meaning;
  }

  public Source source() {
    return source;
  }

  /** The id, as reports print it. */
  @Override
  public String toString() {
    return id;
  }

  /** The kind with this id, if there is one. */
  public static Optional<FindingKind> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /** Every kind {@code command} reports, in registry order. */
  public static Set<FindingKind> of(String command) {
    Set<FindingKind> out = EnumSet.noneOf(FindingKind.class);
    for (FindingKind k : values()) if (k.source.commands().contains(command)) out.add(k);
    return out;
  }
}
