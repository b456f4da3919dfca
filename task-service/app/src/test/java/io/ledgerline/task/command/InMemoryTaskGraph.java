package io.ledgerline.task.command;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A task graph for aggregate tests: other tasks, their projects, blockers and whether they are open. */
class InMemoryTaskGraph implements TaskGraph {

    private final Map<String, String> projects = new HashMap<>();
    private final Map<String, Set<String>> blockers = new HashMap<>();
    private final Set<String> closed = new HashSet<>();

    InMemoryTaskGraph task(String taskId, String projectId) {
        projects.put(taskId, projectId);
        return this;
    }

    InMemoryTaskGraph blockedBy(String taskId, String blockerId) {
        blockers.computeIfAbsent(taskId, id -> new HashSet<>()).add(blockerId);
        return this;
    }

    InMemoryTaskGraph done(String taskId) {
        closed.add(taskId);
        return this;
    }

    @Override
    public Optional<String> projectOf(String tenant, String taskId) {
        return Optional.ofNullable(projects.get(taskId));
    }

    @Override
    public boolean isBlockedBy(String tenant, String projectId, String taskId, String candidateBlockerId) {
        Set<String> seen = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(blockers.getOrDefault(taskId, Set.of()));
        while (!next.isEmpty()) {
            String blocker = next.pop();
            if (blocker.equals(candidateBlockerId)) {
                return true;
            }
            if (seen.add(blocker)) {
                next.addAll(blockers.getOrDefault(blocker, Set.of()));
            }
        }
        return false;
    }

    @Override
    public Set<String> openAmong(String tenant, Collection<String> taskIds) {
        return taskIds.stream().filter(id -> !closed.contains(id)).collect(Collectors.toSet());
    }
}
