package io.ledgerline.platform.security;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.util.List;

/** Jackson's side of {@link MoneyField}: the property is skipped, name and all, while a response hides money. */
final class MoneyFields extends BeanSerializerModifier {

    static SimpleModule module() {
        return new SimpleModule("ledgerline-money-fields").setSerializerModifier(new MoneyFields());
    }

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
                                                     List<BeanPropertyWriter> properties) {
        properties.replaceAll(property -> property.getAnnotation(MoneyField.class) == null ? property
                : new Hidden(property));
        return properties;
    }

    /** A money property that writes nothing while money is hidden. */
    private static final class Hidden extends BeanPropertyWriter {

        Hidden(BeanPropertyWriter money) {
            super(money);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator generator, SerializerProvider provider)
                throws Exception {
            if (!MoneyVisibility.hiding()) {
                super.serializeAsField(bean, generator, provider);
            }
        }
    }
}
