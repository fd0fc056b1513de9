package org.openmes.kiosk.service;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.openmes.audit.model.Actor;
import org.openmes.kiosk.model.Kiosk;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.model.PlantNode;

/** Where the calling operator's kiosk stands: what kiosk buttons (andon, downtime reasons) act on. */
public final class KioskPlaces {
    private KioskPlaces() {
    }

    /** The kiosk the caller works at; empty when the caller is not an operator at a kiosk. */
    public static Optional<Kiosk> kioskOfCaller(EntityManager em) {
        String kioskCode = Actor.ofCaller().kiosk();
        return kioskCode == null ? Optional.empty() : em.createQuery("select k from Kiosk k where k.code = :code", Kiosk.class)
                .setParameter("code", kioskCode).getResultStream().findFirst();
    }

    /** The production line the kiosk stands at: its place, or the line above it; empty when not placed on a line. */
    public static Optional<PlantNode> lineOf(EntityManager em, Kiosk kiosk) {
        PlantNode node = kiosk.getPlantNodeId() == null ? null : em.find(PlantNode.class, kiosk.getPlantNodeId());
        while (node != null && node.getLevel() != PlantLevel.PRODUCTION_LINE) {
            node = node.getParent();
        }
        return Optional.ofNullable(node);
    }
}
