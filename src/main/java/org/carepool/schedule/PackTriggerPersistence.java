package org.carepool.schedule;

import java.text.ParseException;
import java.time.ZoneId;
import org.quartz.ScheduleBuilder;
import org.quartz.impl.jdbcjobstore.SimplePropertiesTriggerPersistenceDelegateSupport;
import org.quartz.impl.jdbcjobstore.SimplePropertiesTriggerProperties;
import org.quartz.impl.jdbcjobstore.TriggerPersistenceDelegate.TriggerPropertyBundle;
import org.quartz.spi.MutableTrigger;
import org.quartz.spi.OperableTrigger;

/**
 * Stores a {@link PackTrigger} in Quartz's {@code QRTZ_SIMPROP_TRIGGERS} (cron, zone, working-day rule),
 * the way Quartz stores its own calendar-interval triggers. (Quartz 2.5.2 cannot read back BLOB triggers
 * from a JDBC store, so a serialised trigger is not an option.) Named in the job store's
 * {@code driverDelegateInitString}; Quartz builds it by reflection, hence public.
 */
public final class PackTriggerPersistence extends SimplePropertiesTriggerPersistenceDelegateSupport {

  @Override
  public boolean canHandleTriggerType(OperableTrigger trigger) {
    return trigger instanceof PackTrigger;
  }

  @Override
  public String getHandledTriggerTypeDiscriminator() {
    return "PACK";
  }

  @Override
  protected SimplePropertiesTriggerProperties getTriggerProperties(OperableTrigger trigger) {
    PackTrigger t = (PackTrigger) trigger;
    SimplePropertiesTriggerProperties p = new SimplePropertiesTriggerProperties();
    p.setString1(t.wallCron());
    p.setString2(t.zoneId());
    p.setBoolean1(t.nextWorkingDay());
    return p;
  }

  @Override
  protected TriggerPropertyBundle getTriggerPropertyBundle(SimplePropertiesTriggerProperties p) {
    return new TriggerPropertyBundle(new Builder(p.getString1(), p.getString2(), p.isBoolean1()),
        new String[0], new Object[0]);
  }

  private static final class Builder extends ScheduleBuilder<PackTrigger> {
    private final String cron;
    private final String zone;
    private final boolean nextWorkingDay;

    Builder(String cron, String zone, boolean nextWorkingDay) {
      this.cron = cron;
      this.zone = zone;
      this.nextWorkingDay = nextWorkingDay;
    }

    @Override
    protected MutableTrigger build() {
      try {
        return new PackTrigger(cron, ZoneId.of(zone), nextWorkingDay, null); // the working days come with its calendar
      } catch (ParseException e) {
        throw new IllegalStateException("stored cron '" + cron + "': " + e.getMessage(), e);
      }
    }
  }
}
