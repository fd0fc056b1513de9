package org.openmes.telemetry.simulator;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilter;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilters;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;

/**
 * The line's OPC UA address space: folder {@code Line} under Objects, a folder per machine ({@code Bagger},
 * {@code BasketLoader}) and in it one variable per value, node id {@code <Machine>.<Value>}:
 * <pre>
 * State        UInt16   PackML state number      GoodCount    UInt32  unsigned 32-bit, rolls over
 * Running      Boolean                           RejectCount  UInt32
 * Speed        UInt16   units per minute         TotalCount   UInt32
 * FaultWord    Int64    64 fault bits            EnergyKwh    Float
 * Temperature  Float    degrees Celsius          Heartbeat    UInt16  +1 every tick
 * TargetCount  UInt32   read and write: kept in the Modbus holding registers TARGET_COUNT
 * </pre>
 * Values are read from the line's latest snapshot on every read, so they match the Modbus registers of the same tick.
 */
final class LineNamespace extends ManagedNamespaceWithLifecycle {
    private final LineSimulator line;
    private final SubscriptionModel subscriptions;

    LineNamespace(OpcUaServer server, LineSimulator line) {
        super(server, OpcUaLineServer.NAMESPACE_URI);
        this.line = line;
        this.subscriptions = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptions);
        getLifecycleManager().addStartupTask(this::addNodes);
    }

    private void addNodes() {
        UaFolderNode lineFolder = folder("Line", "Line");
        lineFolder.addReference(new Reference(lineFolder.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), false));
        addMachine(lineFolder, "Bagger", line::baggerSnapshot, RegisterMap.BAGGER);
        addMachine(lineFolder, "BasketLoader", line::loaderSnapshot, RegisterMap.LOADER);
    }

    private void addMachine(UaFolderNode lineFolder, String machine, Supplier<MachineSnapshot> snapshot, int baseRegister) {
        UaFolderNode folder = folder("Line." + machine, machine);
        lineFolder.addOrganizes(folder);
        variable(folder, machine, "State", NodeIds.UInt16, snapshot, s -> Variant.ofUInt16(ushort(s.state().number())));
        variable(folder, machine, "Running", NodeIds.Boolean, snapshot, s -> Variant.ofBoolean(s.running()));
        variable(folder, machine, "Speed", NodeIds.UInt16, snapshot, s -> Variant.ofUInt16(ushort(s.speed())));
        variable(folder, machine, "GoodCount", NodeIds.UInt32, snapshot, s -> Variant.ofUInt32(uint(s.goodCount())));
        variable(folder, machine, "RejectCount", NodeIds.UInt32, snapshot, s -> Variant.ofUInt32(uint(s.rejectCount())));
        variable(folder, machine, "TotalCount", NodeIds.UInt32, snapshot, s -> Variant.ofUInt32(uint(s.totalCount())));
        // Int64, two's complement as the Modbus LINT: PLC4X 0.13.1 cannot read a UInt64 of 2^63 or more (docs/features.md)
        variable(folder, machine, "FaultWord", NodeIds.Int64, snapshot, s -> Variant.ofInt64(s.faults()));
        variable(folder, machine, "EnergyKwh", NodeIds.Float, snapshot, s -> Variant.ofFloat(s.energyKwh()));
        variable(folder, machine, "Temperature", NodeIds.Float, snapshot, s -> Variant.ofFloat(s.temperatureCelsius()));
        variable(folder, machine, "Heartbeat", NodeIds.UInt16, snapshot, s -> Variant.ofUInt16(ushort(s.heartbeat())));
        UaVariableNode target = node(machine, "TargetCount", NodeIds.UInt32, AccessLevel.READ_WRITE);
        target.getFilterChain().addLast(AttributeFilters.getSetValue(
                context -> new DataValue(Variant.ofUInt32(uint(line.targetCount(baseRegister)))),
                (context, written) -> line.targetCount(baseRegister, ((UInteger) written.value().value()).longValue())));
        add(folder, target);
    }

    private void variable(UaFolderNode folder, String machine, String name, NodeId dataType,
            Supplier<MachineSnapshot> snapshot, Function<MachineSnapshot, Variant> value) {
        UaVariableNode node = node(machine, name, dataType, AccessLevel.READ_ONLY);
        AttributeFilter reading = AttributeFilters.getValue(context -> new DataValue(value.apply(snapshot.get())));
        node.getFilterChain().addLast(reading);
        add(folder, node);
    }

    private UaVariableNode node(String machine, String name, NodeId dataType, Set<AccessLevel> access) {
        return new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(machine + "." + name))
                .setBrowseName(newQualifiedName(name))
                .setDisplayName(LocalizedText.english(name))
                .setDataType(dataType)
                .setTypeDefinition(NodeIds.BaseDataVariableType)
                .setAccessLevel(access)
                .setUserAccessLevel(access)
                .build();
    }

    private void add(UaFolderNode folder, UaVariableNode node) {
        getNodeManager().addNode(node);
        folder.addOrganizes(node);
    }

    private UaFolderNode folder(String id, String name) {
        UaFolderNode folder = new UaFolderNode(getNodeContext(), newNodeId(id), newQualifiedName(name), LocalizedText.english(name));
        getNodeManager().addNode(folder);
        return folder;
    }

    @Override
    public void onDataItemsCreated(List<DataItem> dataItems) {
        subscriptions.onDataItemsCreated(dataItems);
    }

    @Override
    public void onDataItemsModified(List<DataItem> dataItems) {
        subscriptions.onDataItemsModified(dataItems);
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> dataItems) {
        subscriptions.onDataItemsDeleted(dataItems);
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {
        subscriptions.onMonitoringModeChanged(monitoredItems);
    }
}
