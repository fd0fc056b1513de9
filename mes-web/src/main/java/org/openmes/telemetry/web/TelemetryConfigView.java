package org.openmes.telemetry.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.openmes.common.PageRequest;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.service.PlantNodeDto;
import org.openmes.plant.service.PlantNodeFilter;
import org.openmes.plant.service.PlantService;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.telemetry.model.EquipmentSignal;
import org.openmes.telemetry.model.TagDataType;
import org.openmes.telemetry.service.PlcConnectionDto;
import org.openmes.telemetry.service.PlcTagDto;
import org.openmes.telemetry.service.SignalMappingDto;
import org.openmes.telemetry.service.TagSampleDto;
import org.openmes.telemetry.service.TelemetryConfigService;
import org.primefaces.PrimeFaces;

/**
 * Backing bean of {@code /telemetry-config.xhtml}: the PLC connections, and for the one opened its tags and signal
 * mappings, each added, changed and deleted in a dialog. The dialogs edit DTOs with their version, so a save after
 * someone else's is refused as stale; the PLC4X drivers' refusals appear beside the field ({@link ActionFeedback}).
 */
@Named
@ViewScoped
public class TelemetryConfigView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "configForm";
    private static final String CONNECTION_FORM = "connectionForm";
    private static final String TAG_FORM = "tagForm";
    private static final String MAPPING_FORM = "mappingForm";
    private static final String DELETE_FORM = "deleteForm";
    private static final int HISTORY_SAMPLES = 100;

    /** What the delete dialog is about to delete. */
    private enum Doomed { CONNECTION, TAG, MAPPING }

    @EJB
    private TelemetryConfigService config;

    @EJB
    private PlantService plantService;

    private List<PlcConnectionDto> connections;
    private String plc;
    private List<PlcTagDto> tags = List.of();
    private boolean showRetired;
    private List<PlcTagDto> retiredTags = List.of();
    private PlcTagDto historyTag;
    private List<TagSampleDto> history = List.of();
    private List<SignalMappingDto> mappings = List.of();
    private List<PlantNodeDto> equipment = List.of();

    private PlcConnectionDto connection;
    private boolean creatingConnection;
    private PlcTagDto tag;
    private boolean creatingTag;
    private SignalMappingDto mapping;
    private boolean creatingMapping;

    private Doomed doomed;
    private String doomedKey;
    private String doomedLabel;

    /** Reads the connections and, when the page was opened with {@code ?plc=CODE}, that connection's detail. */
    public void load() {
        ActionFeedback.run(FORM, () -> {
            connections = config.connections();
            if (plc != null && !plc.isBlank()) {
                openDetail(plc);
            }
        });
    }

    public void open(String code) {
        ActionFeedback.run(FORM, () -> openDetail(code));
    }

    private void openDetail(String code) {
        PlcConnectionDto opened = config.connection(code);
        plc = opened.getCode();
        tags = config.tags(plc);
        retiredTags = showRetired ? config.tags(plc, true).stream().filter(listed -> listed.getRetiredAt() != null).toList()
                : List.of();
        mappings = config.mappings(plc);
    }

    /** The "show retired tags" toggle changed: list the connection's retired tags, or stop listing them. */
    public void retiredToggled() {
        ActionFeedback.run(FORM, () -> {
            if (plc != null) {
                openDetail(plc);
            }
        });
    }

    /** Opens the newest {@value #HISTORY_SAMPLES} stored samples of a tag, retired or not, in the history dialog. */
    public void showHistory(long tagId) {
        if (ActionFeedback.run(FORM, () -> {
            historyTag = Stream.concat(tags.stream(), retiredTags.stream())
                    .filter(listed -> listed.getId() == tagId).findFirst().orElse(null);
            history = config.tagSamples(tagId, null, null, HISTORY_SAMPLES);
        })) {
            PrimeFaces.current().executeScript("PF('historyDialog').show()");
        }
    }

    private void refresh() {
        connections = config.connections();
        if (plc != null) {
            if (connections.stream().anyMatch(candidate -> candidate.getCode().equals(plc))) {
                openDetail(plc);
            } else {
                plc = null;
                tags = List.of();
                retiredTags = List.of();
                mappings = List.of();
            }
        }
    }

    public void newConnection() {
        connection = new PlcConnectionDto();
        connection.setEnabled(true);
        connection.setScanClasses("fast=100,normal=1000,slow=10000");
        connection.setRequestTimeoutMillis(1000);
        creatingConnection = true;
    }

    public void editConnection(String code) {
        if (ActionFeedback.run(FORM, () -> connection = config.connection(code))) {
            creatingConnection = false;
            PrimeFaces.current().executeScript("PF('connectionDialog').show()");
        }
    }

    public void saveConnection() {
        if (ActionFeedback.run(CONNECTION_FORM, () -> {
            PlcConnectionDto saved = creatingConnection ? config.createConnection(connection)
                    : config.updateConnection(connection.getCode(), connection);
            ActionFeedback.info((creatingConnection ? "Created PLC connection " : "Saved PLC connection ") + saved.getCode());
            plc = saved.getCode();
            refresh();
        })) {
            PrimeFaces.current().executeScript("PF('connectionDialog').hide()");
        }
    }

    public void newTag() {
        tag = new PlcTagDto();
        tag.setDataType(TagDataType.INT);
        tag.setScale(1.0);
        tag.setOffset(0.0);
        tag.setDeadband(0.0);
        tag.setWritable(false);
        creatingTag = true;
    }

    public void editTag(String name) {
        if (ActionFeedback.run(FORM, () -> tag = config.tag(plc, name))) {
            creatingTag = false;
            PrimeFaces.current().executeScript("PF('tagDialog').show()");
        }
    }

    public void saveTag() {
        if (ActionFeedback.run(TAG_FORM, () -> {
            PlcTagDto saved = creatingTag ? config.addTag(plc, tag) : config.updateTag(plc, tag.getName(), tag);
            ActionFeedback.info((creatingTag ? "Added tag " : "Saved tag ") + saved.getName());
            refresh();
        })) {
            PrimeFaces.current().executeScript("PF('tagDialog').hide()");
        }
    }

    public void newMapping() {
        if (ActionFeedback.run(FORM, this::loadEquipment)) {
            mapping = new SignalMappingDto();
            creatingMapping = true;
            PrimeFaces.current().executeScript("PF('mappingDialog').show()");
        }
    }

    public void editMapping(long id) {
        if (ActionFeedback.run(FORM, () -> {
            loadEquipment();
            mapping = config.mapping(id);
        })) {
            creatingMapping = false;
            PrimeFaces.current().executeScript("PF('mappingDialog').show()");
        }
    }

    private void loadEquipment() {
        equipment = plantService.find(new PlantNodeFilter(PlantLevel.EQUIPMENT, null, true, null),
                PageRequest.of(0, PageRequest.MAX_SIZE, "code")).getItems();
    }

    public void saveMapping() {
        if (ActionFeedback.run(MAPPING_FORM, () -> {
            SignalMappingDto saved = creatingMapping ? config.mapSignal(mapping) : config.updateMapping(mapping.getId(), mapping);
            ActionFeedback.info("Tag " + saved.getTagName() + " delivers " + saved.getSignal() + " of " + saved.getEquipmentCode());
            refresh();
        })) {
            PrimeFaces.current().executeScript("PF('mappingDialog').hide()");
        }
    }

    public void prepareDeleteConnection(String code) {
        prepareDelete(Doomed.CONNECTION, code, "PLC connection " + code + " and its tags");
    }

    public void prepareDeleteTag(String name) {
        prepareDelete(Doomed.TAG, name, "tag " + name + " of " + plc);
    }

    public void prepareDeleteMapping(SignalMappingDto doomedMapping) {
        prepareDelete(Doomed.MAPPING, String.valueOf(doomedMapping.getId()), "the mapping of " + doomedMapping.getSignal()
                + " of " + doomedMapping.getEquipmentCode() + " to tag " + doomedMapping.getTagName());
    }

    private void prepareDelete(Doomed what, String key, String label) {
        doomed = what;
        doomedKey = key;
        doomedLabel = label;
    }

    public void delete() {
        if (ActionFeedback.run(DELETE_FORM, () -> {
            switch (doomed) {
                case CONNECTION -> config.deleteConnection(doomedKey);
                case TAG -> config.deleteTag(plc, doomedKey);
                case MAPPING -> config.deleteMapping(Long.parseLong(doomedKey));
            }
            ActionFeedback.info("Deleted " + doomedLabel);
            refresh();
        })) {
            PrimeFaces.current().executeScript("PF('deleteDialog').hide()");
        }
    }

    /** The scan classes of the opened connection, for the tag dialog. */
    public List<String> getScanClassNames() {
        return connections.stream().filter(candidate -> candidate.getCode().equals(plc)).findFirst()
                .map(opened -> Arrays.stream(opened.getScanClasses().split(",")).map(pair -> pair.split("=")[0].trim()).toList())
                .orElse(List.of());
    }

    public TagDataType[] getDataTypes() {
        return TagDataType.values();
    }

    /** The signals a tag can deliver; COMMS is the connector's own. */
    public List<EquipmentSignal> getSignals() {
        return Arrays.stream(EquipmentSignal.values()).filter(signal -> signal != EquipmentSignal.COMMS).toList();
    }

    public List<PlcConnectionDto> getConnections() {
        return connections;
    }

    public String getPlc() {
        return plc;
    }

    public void setPlc(String plc) {
        this.plc = plc;
    }

    public List<PlcTagDto> getTags() {
        return tags;
    }

    public boolean isShowRetired() {
        return showRetired;
    }

    public void setShowRetired(boolean showRetired) {
        this.showRetired = showRetired;
    }

    public List<PlcTagDto> getRetiredTags() {
        return retiredTags;
    }

    public PlcTagDto getHistoryTag() {
        return historyTag;
    }

    public List<TagSampleDto> getHistory() {
        return history;
    }

    public List<SignalMappingDto> getMappings() {
        return mappings;
    }

    public List<PlantNodeDto> getEquipment() {
        return equipment;
    }

    public PlcConnectionDto getConnection() {
        return connection;
    }

    public boolean isCreatingConnection() {
        return creatingConnection;
    }

    public PlcTagDto getTag() {
        return tag;
    }

    public boolean isCreatingTag() {
        return creatingTag;
    }

    public SignalMappingDto getMapping() {
        return mapping;
    }

    public boolean isCreatingMapping() {
        return creatingMapping;
    }

    public String getDoomedLabel() {
        return doomedLabel;
    }
}
