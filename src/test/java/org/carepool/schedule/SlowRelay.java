package org.carepool.schedule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;

/**
 * A real SMTP relay over a socket that accepts every mail but answers the end of DATA only after
 * {@code stallMillis}: as a busy relay does. It keeps each message it received, and releases
 * {@link #dataReceived} as each one arrives (before it answers).
 */
public final class SlowRelay implements AutoCloseable {
  private final ServerSocket server;
  private final long stallMillis;
  final List<String> messages = new CopyOnWriteArrayList<>();
  final Semaphore dataReceived = new Semaphore(0);

  public SlowRelay(long stallMillis) throws IOException {
    this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    this.stallMillis = stallMillis;
    Thread accept = new Thread(this::serve, "slow-relay");
    accept.setDaemon(true);
    accept.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  private void serve() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Thread session = new Thread(() -> session(client), "slow-relay-session");
        session.setDaemon(true);
        session.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void session(Socket client) {
    try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
      reply(out, "220 slow.relay.test ESMTP");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
        switch (command) {
          case "DATA" -> {
            reply(out, "354 go ahead");
            StringBuilder message = new StringBuilder();
            for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
              message.append(data).append('\n');
            }
            messages.add(message.toString());
            dataReceived.release();
            Thread.sleep(stallMillis);
            reply(out, "250 queued");
          }
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "250 ok");
        }
      }
    } catch (IOException | InterruptedException gone) {
      // the client gave up waiting: the mail was accepted all the same
    }
  }

  private static void reply(PrintWriter out, String line) {
    out.print(line + "\r\n");
    out.flush();
  }

  /** The Message-ID header of each message received. */
  List<String> messageIds() {
    return messages.stream().map(m -> m.lines().filter(l -> l.regionMatches(true, 0, "Message-ID:", 0, 11))
        .findFirst().orElse("(none)").substring(11).trim()).toList();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
