package org.extupgrade.lint;

import java.util.List;
import java.util.Locale;
import org.extupgrade.model.FindingKind;
import org.extupgrade.sql.Token;
import org.extupgrade.sql.TokenKind;

/**
 * Who owns and may use what a script creates: GRANT to PUBLIC in a trusted extension (whose objects
 * the bootstrap superuser owns), ownership given to a fixed role, and roles created, changed or
 * switched by a script. Not in pgspot.
 */
final class PrivilegeRules {
  private PrivilegeRules() {}

  static void check(List<Token> ts, Context cx) {
    if (ts.isEmpty()) return;
    Token first = ts.get(0);
    if (first.isWord("grant")) grant(ts, cx);
    int owner = ownerTo(ts);
    if (owner >= 0 && !Tokens.kind(ts, owner + 2, TokenKind.PLACEHOLDER)) {
      String role = owner + 2 < ts.size() ? ts.get(owner + 2).value() : "?";
      cx.add(
          FindingKind.ALTER_OWNER,
          ts.get(owner),
          "role " + role,
          "the script gives an object to role "
              + role
              + ": it can change or drop the object, and"
              + " the extension's owner no longer can",
          "leave objects to the installing role, or write OWNER TO @extowner@");
    }
    if (first.isWord("reassign")) {
      cx.add(
          FindingKind.ALTER_OWNER,
          first,
          "",
          "REASSIGN OWNED in a script moves objects beyond the extension to another role",
          "remove it from the script");
    }
    role(ts, cx);
  }

  private static int ownerTo(List<Token> ts) {
    if (!ts.get(0).isWord("alter")) return -1;
    for (int i = 1; i + 1 < ts.size(); i++) {
      if (ts.get(i).isWord("owner") && Tokens.word(ts, i + 1, "to")) return i;
    }
    return -1;
  }

  private static void grant(List<Token> ts, Context cx) {
    int to = Tokens.find(ts, 1, "to");
    int on = Tokens.find(ts, 1, "on");
    if (on < 0 && to > 0) {
      cx.add(
          FindingKind.ROLE_IN_SCRIPT,
          ts.get(0),
          "",
          "the script grants role membership: roles are cluster-wide and outlive the extension",
          "grant roles outside the extension, in the database's own setup");
      return;
    }
    if (!cx.trusted() || to < 0) return;
    boolean pub = false;
    for (int i = to + 1; i < ts.size(); i++) {
      if (ts.get(i).isWord("public")) pub = true;
      if (ts.get(i).isWord("with") || ts.get(i).isWord("granted")) break;
    }
    if (!pub || Tokens.word(ts, 1, "execute")) return; // EXECUTE is PUBLIC's by default anyway
    String what = Tokens.text(ts, 1, on);
    String object = Tokens.text(ts, on + 1, to);
    cx.add(
        FindingKind.GRANT_TO_PUBLIC,
        ts.get(0),
        object.toLowerCase(Locale.ROOT),
        "a trusted extension grants "
            + what.toUpperCase(Locale.ROOT)
            + " to PUBLIC: every user of the database gets it on an object the bootstrap"
            + " superuser owns",
        "grant to a role the installing user controls, or explain the grant in an [[accept]]");
  }

  private static void role(List<Token> ts, Context cx) {
    boolean roleDdl =
        (ts.get(0).isWord("create") || ts.get(0).isWord("alter") || ts.get(0).isWord("drop"))
            && (Tokens.word(ts, 1, "role")
                || Tokens.word(ts, 1, "user") && !Tokens.word(ts, 2, "mapping")
                || Tokens.word(ts, 1, "group"));
    boolean switched =
        ts.get(0).isWord("set")
                && (Tokens.word(ts, 1, "role")
                    || Tokens.word(ts, 1, "session") && Tokens.word(ts, 2, "authorization")
                    || Tokens.word(ts, 1, "local") && Tokens.word(ts, 2, "role"))
            || ts.get(0).isWord("reset") && Tokens.word(ts, 1, "role");
    if (roleDdl) {
      cx.add(
          FindingKind.ROLE_IN_SCRIPT,
          ts.get(0),
          "role " + (ts.size() > 2 ? ts.get(2).value() : ""),
          "the script "
              + ts.get(0).value()
              + "s a role: roles are cluster-wide, no extension member, and outlive DROP EXTENSION",
          "create roles outside the extension, in the database's own setup");
    } else if (switched) {
      cx.add(
          FindingKind.ROLE_IN_SCRIPT,
          ts.get(0),
          "",
          "the script switches roles: what it creates next is owned by, and runs as, another role",
          "remove the role switch; objects belong to the installing role");
    }
  }
}
