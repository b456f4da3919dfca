package io.ledgerline.task.command;

import java.util.HashSet;
import java.util.Set;

/** A project directory for aggregate tests: projects and members as a test sets them up. */
class InMemoryProjectDirectory implements ProjectDirectory {

    private final Set<String> active = new HashSet<>();
    private final Set<String> closed = new HashSet<>();
    private final Set<String> members = new HashSet<>();

    InMemoryProjectDirectory active(String tenant, String projectId) {
        active.add(tenant + "/" + projectId);
        closed.remove(tenant + "/" + projectId);
        return this;
    }

    InMemoryProjectDirectory closed(String tenant, String projectId) {
        active.remove(tenant + "/" + projectId);
        closed.add(tenant + "/" + projectId);
        return this;
    }

    InMemoryProjectDirectory member(String tenant, String projectId, String userId) {
        members.add(tenant + "/" + projectId + "/" + userId);
        return this;
    }

    void forget() {
        active.clear();
        closed.clear();
        members.clear();
    }

    @Override
    public boolean takesNewWork(String tenant, String projectId) {
        return active.contains(tenant + "/" + projectId);
    }

    @Override
    public boolean isClosed(String tenant, String projectId) {
        return closed.contains(tenant + "/" + projectId);
    }

    @Override
    public boolean isMember(String tenant, String projectId, String userId) {
        return members.contains(tenant + "/" + projectId + "/" + userId);
    }
}
