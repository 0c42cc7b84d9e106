namespace NetOrigin.Tests.Inventory.Formats;

/// <summary>
/// CycloneDX 1.6 BOMs as an operator's HBOM would be written: a router with line cards (nested devices) and its
/// firmware, a library (software), a data component (not equipment), a camera whose supplier is a reseller, and a
/// transit service of its provider.
/// </summary>
public static class BomSamples
{
    public const string Json = """
        {
          "bomFormat": "CycloneDX",
          "specVersion": "1.6",
          "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
          "version": 1,
          "metadata": {
            "tools": { "components": [ { "type": "application", "name": "hbom-writer", "version": "2.0" } ] },
            "component": { "type": "device", "bom-ref": "site-co-001", "name": "CO-001 Millbrook rack 4" }
          },
          "components": [
            {
              "type": "device",
              "bom-ref": "router-1",
              "name": "NE40E-X8A",
              "manufacturer": { "name": "Huawei Technologies Co., Ltd." },
              "properties": [
                { "name": "netorigin:site", "value": "CO-001 Millbrook" },
                { "name": "netorigin:role", "value": "core" },
                { "name": "cdx:device:countryOfOrigin", "value": "CN" }
              ],
              "components": [
                { "type": "device", "bom-ref": "router-1-lpu-1", "name": "CR5D0L4XFE70", "manufacturer": { "name": "Huawei" } },
                { "type": "firmware", "bom-ref": "router-1-vrp", "name": "VRP", "version": "V800R011C00SPC200", "manufacturer": { "name": "Huawei" } }
              ]
            },
            { "type": "library", "bom-ref": "openssl", "name": "openssl", "version": "3.0.13", "supplier": { "name": "OpenSSL Software Foundation" } },
            { "type": "data", "bom-ref": "config-backup", "name": "running-config" },
            {
              "type": "device",
              "name": "DS-2CD2143G2-I",
              "supplier": { "name": "Acme Security Distribution" },
              "cpe": "cpe:2.3:h:hikvision:ds-2cd2143g2-i:-:*:*:*:*:*:*:*"
            }
          ],
          "services": [
            { "bom-ref": "transit-1", "provider": { "name": "China Telecom Americas" }, "name": "IP transit", "properties": [ { "name": "netorigin:service_type", "value": "transit" } ] }
          ]
        }
        """;

    public const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bom xmlns="http://cyclonedx.org/schema/bom/1.6" serialNumber="urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79" version="1">
          <metadata>
            <tools><components><component type="application"><name>hbom-writer</name></component></components></tools>
          </metadata>
          <components>
            <component type="device" bom-ref="router-1">
              <manufacturer><name>Huawei Technologies Co., Ltd.</name></manufacturer>
              <name>NE40E-X8A</name>
              <properties><property name="netorigin:site">CO-001 Millbrook</property></properties>
              <components>
                <component type="device" bom-ref="router-1-lpu-1"><manufacturer><name>Huawei</name></manufacturer><name>CR5D0L4XFE70</name></component>
                <component type="firmware" bom-ref="router-1-vrp"><name>VRP</name><version>V800R011C00SPC200</version></component>
              </components>
            </component>
            <component type="file" bom-ref="readme"><name>README</name></component>
          </components>
          <services>
            <service bom-ref="transit-1"><provider><name>China Telecom Americas</name></provider><name>IP transit</name></service>
          </services>
        </bom>
        """;
}
