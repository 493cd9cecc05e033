package org.extupgrade.model;

/**
 * Where long work says how far it is: binaries downloading and unpacking, clusters starting,
 * scenarios done out of those planned. The command line shows it on a terminal and nowhere else;
 * libraries and tests get {@link #NONE}. One per process: set by the command line before the work
 * starts, read by the code that does it, on any thread.
 */
public interface Progress {
  /** Says nothing. */
  Progress NONE =
      new Progress() {
        @Override
        public void stage(String what) {}

        @Override
        public void planned(int more) {}

        @Override
        public void done() {}
      };

  /** A step with no count: "downloading PostgreSQL 17", "unpacking", "starting 2 clusters". */
  void stage(String what);

  /** {@code more} scenarios are planned (the total grows as whole upgrades are decided). */
  void planned(int more);

  /** One planned scenario is done. */
  void done();

  /** The current sink ({@link #NONE} unless the command line set one). */
  static Progress current() {
    return Holder.current;
  }

  /** Sets the sink for this process; returns the one it replaces. */
  static Progress set(Progress p) {
    Progress was = Holder.current;
    Holder.current = p;
    return was;
  }

  /** The process-wide sink. */
  final class Holder {
    private static volatile Progress current = NONE;

    private Holder() {}
  }
}
