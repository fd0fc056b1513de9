package org.openmes.plant.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.openmes.common.InvalidInputException;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.service.EquipmentSpecDto;
import org.openmes.plant.service.PlantNodeDto;
import org.openmes.plant.service.PlantService;
import org.openmes.plant.service.PlantTreeNodeDto;
import org.openmes.plant.service.WorkCenterCapacityDto;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.signature.model.RecordReference;
import org.openmes.signature.model.SignatureMeaning;
import org.openmes.signature.service.SignatureDto;
import org.openmes.signature.service.SignatureService;
import org.openmes.signature.service.SigningChallenge;
import org.openmes.signature.web.SigningSession;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * Backing bean of {@code /plant.xhtml}: the plant tree on the left, the form of one node on the right. The form
 * edits a {@link PlantNodeDto} directly, so its Bean Validation constraints check the inputs, and the service's
 * refusals are routed to the inputs by {@link ActionFeedback}.
 */
@Named
@ViewScoped
public class PlantView implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Id of the page's form; also the key of its form-level messages. */
    private static final String FORM = "plantForm";

    private static final Map<PlantLevel, String> ICONS = new EnumMap<>(Map.of(
            PlantLevel.ENTERPRISE, "pi-globe",
            PlantLevel.SITE, "pi-building",
            PlantLevel.AREA, "pi-th-large",
            PlantLevel.PRODUCTION_LINE, "pi-arrows-h",
            PlantLevel.WORK_CENTER, "pi-cog",
            PlantLevel.EQUIPMENT, "pi-box"));

    /** The record type of plant nodes in signatures and the audit trail. */
    private static final String PLANT_NODE = "PlantNode";

    @EJB
    private PlantService plantService;

    @EJB
    private SignatureService signatureService;

    private boolean showInactive;
    private TreeNode<PlantTreeNodeDto> root = new DefaultTreeNode<>();
    private TreeNode<PlantTreeNodeDto> selectedNode;
    /** The node in the form: as read from the service (edit) or a draft (create); null shows no form. */
    private PlantNodeDto node;
    private boolean creating;
    private PlantLevel childLevel;
    /** The signatures of the node in the form, each saying whether it still holds. */
    private List<SignatureDto> signatures = List.of();
    private SignatureMeaning signatureMeaning;
    private String signatureComment;

    /** Opens the page on the node named by the {@code node} request parameter (a deep link), if any. */
    @PostConstruct
    void init() {
        SigningSession.takeOutcome(session()).ifPresent(outcome -> {
            if (outcome.signed()) {
                ActionFeedback.info(outcome.message());
            } else {
                FacesContext.getCurrentInstance().addMessage(FORM, new FacesMessage(FacesMessage.SEVERITY_ERROR, outcome.message(), null));
            }
        });
        ActionFeedback.run(FORM, () -> {
            Long requested = requestedNodeId();
            if (requested != null) {
                edit(plantService.get(requested));
                showInactive |= Boolean.FALSE.equals(node.getActive());
            }
            loadTree(requested);
        });
    }

    private static Long requestedNodeId() {
        String parameter = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("node");
        if (parameter == null || parameter.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(parameter.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("node", "'" + parameter + "' is not a plant node id");
        }
    }

    public void onNodeSelect(NodeSelectEvent event) {
        @SuppressWarnings("unchecked")
        TreeNode<PlantTreeNodeDto> clicked = event.getTreeNode();
        selectedNode = clicked;
        childLevel = null;
        ActionFeedback.run(FORM, () -> edit(plantService.get(clicked.getData().getId())));
    }

    public void onNodeUnselect() {
        selectedNode = null;
        node = null;
        creating = false;
        signatures = List.of();
    }

    /**
     * Signs the node in the form with the chosen meaning: the browser goes to the OpenID provider to sign in again,
     * and the signature is made when it comes back ({@link org.openmes.signature.web.SignatureCallbackServlet}).
     */
    public void sign() {
        long id = node.getId();
        ActionFeedback.run(FORM, () -> {
            SigningChallenge challenge = signatureService.startSigning(new RecordReference(PLANT_NODE, Long.toString(id)),
                    signatureMeaning, signatureComment);
            SigningSession.begin(session(), challenge, "/plant.xhtml?node=" + id);
            try {
                FacesContext.getCurrentInstance().getExternalContext().redirect(challenge.authorizationUri().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static HttpSession session() {
        return (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
    }

    /** Reloads the tree after the "show inactive" toggle, keeping the selection when it is still listed. */
    public void reloadTree() {
        ActionFeedback.run(FORM, () -> loadTree(node == null ? null : node.getId()));
    }

    public void newRoot() {
        if (selectedNode != null) {
            selectedNode.setSelected(false);
            selectedNode = null;
        }
        startCreate(PlantLevel.ENTERPRISE, null);
    }

    public void addChild() {
        if (getChildLevels().contains(childLevel)) {
            startCreate(childLevel, selectedNode.getData().getId());
        }
    }

    /** Creates the draft, or updates the node with the version it was read at. */
    public void save() {
        boolean wasCreating = creating;
        ActionFeedback.run(FORM, () -> {
            PlantNodeDto saved = wasCreating
                    ? plantService.create(node.getLevel(), node)
                    : plantService.update(node.getId(), node);
            edit(saved);
            // A node just deactivated stays in view, greyed, instead of vanishing from the tree.
            showInactive |= Boolean.FALSE.equals(saved.getActive());
            loadTree(saved.getId());
            ActionFeedback.info((wasCreating ? "Created " : "Saved ") + describe(saved));
        });
    }

    public void delete() {
        PlantNodeDto doomed = node;
        ActionFeedback.run(FORM, () -> {
            plantService.delete(doomed.getId());
            node = null;
            loadTree(null);
            ActionFeedback.info("Deleted " + describe(doomed));
        });
    }

    /** Drops the edits and reads the node and the tree again, as a stale version asks. */
    public void reload() {
        long id = node.getId();
        ActionFeedback.run(FORM, () -> {
            edit(plantService.get(id));
            loadTree(id);
        });
    }

    /** Leaves create mode, back to the selected node if there is one. */
    public void cancel() {
        node = null;
        creating = false;
        if (selectedNode != null) {
            long id = selectedNode.getData().getId();
            ActionFeedback.run(FORM, () -> edit(plantService.get(id)));
        }
    }

    /** Levels a child of the selected node may have, by {@link PlantLevel#allowedParents()}. */
    public List<PlantLevel> getChildLevels() {
        if (selectedNode == null) {
            return List.of();
        }
        PlantLevel parent = selectedNode.getData().getLevel();
        return Arrays.stream(PlantLevel.values()).filter(l -> l.allowedParents().contains(parent)).toList();
    }

    public String levelName(PlantLevel level) {
        String label = level.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    public String iconFor(PlantLevel level) {
        return ICONS.get(level);
    }

    public String getHeading() {
        if (!creating) {
            return levelName(node.getLevel()) + " " + node.getCode();
        }
        String heading = "New " + node.getLevel().label();
        return selectedNode == null ? heading : heading + " under " + selectedNode.getData().getCode();
    }

    public boolean isWorkCenter() {
        return node != null && node.getLevel() == PlantLevel.WORK_CENTER;
    }

    public boolean isEquipment() {
        return node != null && node.getLevel() == PlantLevel.EQUIPMENT;
    }

    public List<Integer> getCriticalities() {
        return IntStream.rangeClosed(1, 5).boxed().toList();
    }

    public boolean isTreeEmpty() {
        return root.getChildren().isEmpty();
    }

    public boolean isShowInactive() {
        return showInactive;
    }

    public void setShowInactive(boolean showInactive) {
        this.showInactive = showInactive;
    }

    public TreeNode<PlantTreeNodeDto> getRoot() {
        return root;
    }

    public TreeNode<PlantTreeNodeDto> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<PlantTreeNodeDto> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public List<SignatureDto> getSignatures() {
        return signatures;
    }

    public SignatureMeaning[] getSignatureMeanings() {
        return SignatureMeaning.values();
    }

    public SignatureMeaning getSignatureMeaning() {
        return signatureMeaning;
    }

    public void setSignatureMeaning(SignatureMeaning signatureMeaning) {
        this.signatureMeaning = signatureMeaning;
    }

    public String getSignatureComment() {
        return signatureComment;
    }

    public void setSignatureComment(String signatureComment) {
        this.signatureComment = signatureComment;
    }

    public PlantNodeDto getNode() {
        return node;
    }

    public boolean isCreating() {
        return creating;
    }

    public PlantLevel getChildLevel() {
        return childLevel;
    }

    public void setChildLevel(PlantLevel childLevel) {
        this.childLevel = childLevel;
    }

    private void startCreate(PlantLevel level, Long parentId) {
        PlantNodeDto draft = new PlantNodeDto();
        draft.setLevel(level);
        draft.setParentId(parentId);
        node = withLevelSections(draft);
        creating = true;
        signatures = List.of();
    }

    private void edit(PlantNodeDto loaded) {
        node = withLevelSections(loaded);
        creating = false;
        signatures = signatureService.signaturesOf(PLANT_NODE, Long.toString(loaded.getId()));
        signatureMeaning = null;
        signatureComment = null;
    }

    /** The form binds to capacity or equipment fields, so the section of the node's level must exist. */
    private static PlantNodeDto withLevelSections(PlantNodeDto dto) {
        if (dto.getLevel() == PlantLevel.WORK_CENTER && dto.getCapacity() == null) {
            dto.setCapacity(new WorkCenterCapacityDto());
        }
        if (dto.getLevel() == PlantLevel.EQUIPMENT && dto.getEquipment() == null) {
            dto.setEquipment(new EquipmentSpecDto());
        }
        return dto;
    }

    /**
     * Rebuilds the tree from the service, keeping the nodes the user had expanded, and selects node
     * {@code selectId} (expanding its ancestors) when it is listed.
     */
    private void loadTree(Long selectId) {
        List<PlantTreeNodeDto> forest = plantService.tree(showInactive);
        Set<Long> expanded = new HashSet<>();
        collectExpanded(root, expanded);
        root = new DefaultTreeNode<>();
        selectedNode = null;
        for (PlantTreeNodeDto dto : forest) {
            addNode(dto, root, expanded, selectId);
        }
        if (selectedNode != null) {
            selectedNode.setSelected(true);
            for (TreeNode<?> up = selectedNode.getParent(); up != null; up = up.getParent()) {
                up.setExpanded(true);
            }
        }
    }

    private void addNode(PlantTreeNodeDto dto, TreeNode<PlantTreeNodeDto> parent, Set<Long> expanded, Long selectId) {
        TreeNode<PlantTreeNodeDto> treeNode = new DefaultTreeNode<>(dto, parent);
        treeNode.setExpanded(expanded.contains(dto.getId()));
        if (selectId != null && selectId == dto.getId()) {
            selectedNode = treeNode;
        }
        for (PlantTreeNodeDto child : dto.getChildren()) {
            addNode(child, treeNode, expanded, selectId);
        }
    }

    private static void collectExpanded(TreeNode<PlantTreeNodeDto> parent, Set<Long> expanded) {
        for (TreeNode<PlantTreeNodeDto> child : parent.getChildren()) {
            if (child.isExpanded()) {
                expanded.add(child.getData().getId());
            }
            collectExpanded(child, expanded);
        }
    }

    private static String describe(PlantNodeDto dto) {
        return dto.getLevel().label() + " " + dto.getCode();
    }
}
