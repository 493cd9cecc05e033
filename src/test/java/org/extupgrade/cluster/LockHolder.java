package org.extupgrade.cluster;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code LockHolder FILE}: locks FILE the way a run locks its workspace, prints {@code LOCKED} and
 * sleeps until killed. Stands for a live run in another PID namespace, whose pid means nothing
 * here.
 */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    FileChannel ch =
        FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    ch.lock();
    System.out.println("LOCKED");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
