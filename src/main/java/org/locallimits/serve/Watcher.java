package org.locallimits.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.locallimits.content.ChangedFiles;

/**
 * Watches folders recursively with the JDK's {@link WatchService} and calls back once per burst of changes:
 * editors write a file in several steps (temporary file, rename, attributes), so events are collected until
 * {@code quietMillis} pass without a new one. New folders are registered as they appear, and scanned, so files
 * created in them before registration are not missed. Each call names the paths the burst touched, or says they
 * are unknown when events were lost or a folder appeared. Runs on one daemon thread.
 */
public final class Watcher implements AutoCloseable {
    private final WatchService service;
    private final Consumer<ChangedFiles> onChange;
    private final Set<Path> touched = new HashSet<>();
    private boolean lost;
    private final long quietMillis;
    private final Thread thread;

    public Watcher(List<Path> roots, long quietMillis, Consumer<ChangedFiles> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        this.quietMillis = quietMillis;
        for (Path root : roots) registerTree(root);
        this.thread = new Thread(this::loop, "preview-watcher");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                drain(key);
                // Gather the rest of the burst.
                WatchKey more;
                while ((more = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) drain(more);
                ChangedFiles changed = lost ? ChangedFiles.UNKNOWN : ChangedFiles.of(touched);
                touched.clear();
                lost = false;
                onChange.accept(changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                lost = true;
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            touched.add(child);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                lost = true; // its files were made before it was watched: list everything again
                try {
                    registerTree(child);
                } catch (IOException e) {
                    // the folder vanished again; the next event will tell
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
