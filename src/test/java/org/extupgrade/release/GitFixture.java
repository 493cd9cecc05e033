package org.extupgrade.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/** A throwaway git repository a test builds: files, commits, tags. */
final class GitFixture implements AutoCloseable {
  private final Git git;
  private final Path dir;
  private int clock = 1_700_000_000;

  GitFixture(Path dir) throws GitAPIException {
    this.dir = dir;
    this.git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
  }

  Path dir() {
    return dir;
  }

  GitFixture write(String path, String text) throws IOException {
    Path f = dir.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    return this;
  }

  GitFixture delete(String path) throws IOException {
    Files.delete(dir.resolve(path));
    return this;
  }

  /** Commits everything, one second after the previous commit (tags are ordered by time). */
  GitFixture commit(String message) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    PersonIdent who = new PersonIdent("Test", "test@example.org", (long) (clock += 60) * 1000, 0);
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    return this;
  }

  GitFixture tag(String name) throws GitAPIException {
    git.tag().setName(name).setAnnotated(false).call();
    return this;
  }

  /** A tag on the commit {@code at} names (another tag, a branch, an id). */
  GitFixture tag(String name, String at) throws GitAPIException, IOException {
    try (RevWalk walk = new RevWalk(git.getRepository())) {
      RevCommit c = walk.parseCommit(git.getRepository().resolve(at));
      git.tag().setName(name).setObjectId(c).setAnnotated(false).call();
    }
    return this;
  }

  @Override
  public void close() {
    git.close();
  }
}
