package org.extupgrade.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.extupgrade.layout.Extension;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.jspecify.annotations.Nullable;

/** Compares the author's check queries on an upgraded database with a fresh install's. */
final class CheckQueries {
  private CheckQueries() {}

  static List<Finding> compare(
      Extension ext,
      Scenario s,
      @Nullable List<List<String>> fresh,
      @Nullable List<List<String>> upgraded) {
    if (fresh == null || upgraded == null) {
      return List.of();
    }
    Path file = UserData.check(ext).orElseThrow();
    List<UserData.Sql> queries = UserData.statements(file);
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < queries.size() && i < fresh.size() && i < upgraded.size(); i++) {
      List<String> f = fresh.get(i);
      List<String> u = upgraded.get(i);
      Location at = queries.get(i).at();
      String freshError = UserData.error(f);
      String upgradedError = UserData.error(u);
      if (freshError != null && upgradedError != null) {
        out.add(fails(file, at, s, freshError, upgradedError));
        continue;
      }
      if (f.equals(u)) {
        continue;
      }
      List<String> detail = new ArrayList<>();
      detail.add("fresh install of " + s.to() + " (" + f.size() + " rows):");
      f.stream().limit(10).forEach(r -> detail.add("  " + r));
      detail.add("upgraded along " + s.path() + " (" + u.size() + " rows):");
      u.stream().limit(10).forEach(r -> detail.add("  " + r));
      out.add(
          new Finding(
              Severity.ERROR,
              "check-query-differs",
              "query at " + file.getFileName() + ":" + at.line(),
              s.from(),
              s.to(),
              "the check query at line "
                  + at.line()
                  + " returns other rows after the upgrade along "
                  + s.path()
                  + " than on a fresh install of "
                  + s.to(),
              at,
              "",
              String.join("\n", detail)));
    }
    return out;
  }

  /**
   * A query that fails (or times out) on both sides compares nothing: the author's check is broken,
   * or the extension lacks what it asks for.
   */
  private static Finding fails(
      Path file, Location at, Scenario s, String freshError, String upgradedError) {
    String detail =
        freshError.equals(upgradedError)
            ? "on both sides: " + freshError
            : "fresh install of "
                + s.to()
                + ": "
                + freshError
                + "\nupgraded along "
                + s.path()
                + ": "
                + upgradedError;
    return Finding.of(FindingKind.CHECK_QUERY_FAILS)
        .object("query at " + file.getFileName() + ":" + at.line())
        .upgrade(s.from(), s.to())
        .message(
            "the check query at line "
                + at.line()
                + " fails both on a fresh install and after the update, so it compares nothing: "
                + freshError)
        .at(at)
        .detail(detail)
        .build();
  }
}
