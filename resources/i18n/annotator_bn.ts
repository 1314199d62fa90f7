<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../annotator/gui/actions.py" line="+100"/>
        <source>&amp;Quit</source>
        <translation>প্রস্থান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;annotator name…</source>
        <translation>টীকাকারের নাম বদলান…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>পূর্বাবস্থায় ফেরান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>আবার করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete span</source>
        <translation>অংশটি মুছুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next span</source>
        <translation>পরের অংশ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous span</source>
        <translation>আগের অংশ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grow span end by a word or mark</source>
        <translation>অংশের শেষ এক শব্দ বা চিহ্ন বাড়ান</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shrink span end by a word or mark</source>
        <translation>অংশের শেষ এক শব্দ বা চিহ্ন কমান</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grow span end by a letter (cluster)</source>
        <translation>অংশের শেষ এক বর্ণ (গুচ্ছ) বাড়ান</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shrink span end by a letter (cluster)</source>
        <translation>অংশের শেষ এক বর্ণ (গুচ্ছ) কমান</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grow span start by a word or mark</source>
        <translation>অংশের শুরু এক শব্দ বা চিহ্ন বাড়ান</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shrink span start by a word or mark</source>
        <translation>অংশের শুরু এক শব্দ বা চিহ্ন কমান</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link to this span</source>
        <translation>এই অংশের সঙ্গে যুক্ত করুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select by grapheme &amp;cluster</source>
        <translation>বর্ণগুচ্ছ ধরে নির্বাচন</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;in</source>
        <translation>বড় করে দেখুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>ছোট করে দেখুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;done and open next</source>
        <translation>সম্পন্ন চিহ্নিত করে পরেরটি খুলুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next document</source>
        <translation>পরের নথি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous document</source>
        <translation>আগের নথি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>খুঁজুন…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find next</source>
        <translation>পরেরটি খুঁজুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search all documents…</source>
        <translation>সব নথিতে খুঁজুন…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label all matches…</source>
        <translation>সব মিলে যাওয়া অংশে লেবেল দিন…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;attributes</source>
        <translation>বৈশিষ্ট্য সম্পাদনা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>আমদানি…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>রপ্তানি…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label &amp;schema…</source>
        <translation>লেবেল-কাঠামো…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agreement report…</source>
        <translation>মতৈক্যের প্রতিবেদন…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Curate this document…</source>
        <translation>এই নথির চূড়ান্ত রূপ ঠিক করুন…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Independent annotation (hide others&apos; layers)</source>
        <translation>স্বাধীন টীকাকরণ (অন্যদের স্তর লুকান)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links: &amp;all</source>
        <translation>সংযোগ: সব</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links: &amp;selected span&apos;s only</source>
        <translation>সংযোগ: শুধু নির্বাচিত অংশের</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links: &amp;none</source>
        <translation>সংযোগ: কোনোটি নয়</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the selection as a part of the selected span</source>
        <translation>নির্বাচনটিকে নির্বাচিত অংশের একটি খণ্ড হিসেবে যোগ করুন</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the part under the cursor from the split span</source>
        <translation>কার্সারের নিচের খণ্ডটি বিভক্ত অংশ থেকে সরান</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same referent as…</source>
        <translation>একই ব্যক্তি/সত্তা হিসেবে চিহ্নিত করুন…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next quote or claim without speaker/claimant</source>
        <translation>বক্তা/দাবিকারী ছাড়া পরের উদ্ধৃতি বা দাবি</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous quote or claim without speaker/claimant</source>
        <translation>বক্তা/দাবিকারী ছাড়া আগের উদ্ধৃতি বা দাবি</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acc&amp;ept suggestion</source>
        <translation>প্রস্তাব গ্রহণ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;ject suggestion</source>
        <translation>প্রস্তাব বাতিল</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept all suggestions above the &amp;threshold</source>
        <translation>সীমার ওপরের সব প্রস্তাব গ্রহণ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show su&amp;ggestions</source>
        <translation>প্রস্তাব দেখান</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train suggestion &amp;model now</source>
        <translation>প্রস্তাবের মডেল এখনই প্রশিক্ষণ দিন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open database…</source>
        <translation>ডেটাবেস খুলুন…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the span&apos;s &amp;note</source>
        <translation>অংশের মন্তব্য সম্পাদনা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text &amp;font…</source>
        <translation>লেখার ফন্ট…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours: follow the &amp;system</source>
        <translation>রং: সিস্টেম অনুযায়ী</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colours: &amp;light</source>
        <translation>রং: হালকা</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours: &amp;dark</source>
        <translation>রং: গাঢ়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset panels</source>
        <translation>প্যানেল আগের মতো সাজান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>কিবোর্ডের শর্টকাট</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guidelines</source>
        <translation>নির্দেশিকা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Annotator</source>
        <translation>Annotator সম্পর্কে</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language: as the &amp;system</source>
        <translation>ভাষা: সিস্টেম অনুযায়ী</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ভাষা: বাংলা</source>
        <translation>ভাষা: বাংলা</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language: English</source>
        <translation>ভাষা: English (ইংরেজি)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>ফাইল (&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>সম্পাদনা (&amp;E)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+197"/>
        <source>&amp;Labels</source>
        <translation>লেবেল (&amp;L)</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>&amp;View</source>
        <translation>দেখুন (&amp;V)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Go</source>
        <translation>যান (&amp;G)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Team</source>
        <translation>দল (&amp;T)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>সহায়তা (&amp;H)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Accept into gold</source>
        <translation>চূড়ান্ত স্তরে গ্রহণ করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept all agreed</source>
        <translation>সবাই যেগুলোতে একমত সব গ্রহণ করুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from gold</source>
        <translation>চূড়ান্ত স্তর থেকে সরান</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side by side</source>
        <translation>পাশাপাশি</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit gold in the main window</source>
        <translation>মূল জানালায় চূড়ান্ত স্তর সম্পাদনা</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Label {label}</source>
        <translation>লেবেল {label}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link {relation}…</source>
        <translation>সংযোগ {relation}…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Text</source>
        <translation>লেখা</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../annotator/gui/team/agreement_report.py" line="+146"/>
        <source>Label</source>
        <translation>লেবেল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact P</source>
        <translation>হুবহু P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact R</source>
        <translation>হুবহু R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact F1</source>
        <translation>হুবহু F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlap P</source>
        <translation>আংশিক মিল P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlap R</source>
        <translation>আংশিক মিল R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlap F1</source>
        <translation>আংশিক মিল F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spans a</source>
        <translation>অংশ (ক)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spans b</source>
        <translation>অংশ (খ)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>all</source>
        <translation>সব</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Document</source>
        <translation>নথি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotators</source>
        <translation>টীকাকার</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Agreement</source>
        <translation>মতৈক্য</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all kinds</source>
        <translation>সব ধরন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>হালনাগাদ করুন</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Labels:</source>
        <translation>লেবেল:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exact-match F1 by pair (hover for overlap F1, kappa, relations)</source>
        <translation>জোড়া ধরে হুবহু মিলের F1 (আংশিক মিলের F1, কাপ্পা, সংযোগ দেখতে মাউস রাখুন)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lowest agreement first (double-click to open)</source>
        <translation>সবচেয়ে কম মতৈক্য আগে (খুলতে দুবার ক্লিক করুন)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location line="-224"/>
        <location line="+53"/>
        <location line="+190"/>
        <source>n/a</source>
        <translation>প্রযোজ্য নয়</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>{a} vs {b}: {documents} documents
exact F1 {exact}, overlap F1 {overlap}
Cohen&apos;s kappa {kappa} on {tokens} tokens
relations F1 {relations}
quotes and claims F1 {units}, cues F1 {cues}
speakers F1 {speakers} by referent, {by_mention} by mention</source>
        <translation>{a} বনাম {b}: {documents}টি নথি
হুবহু মিলের F1 {exact}, আংশিক মিলের F1 {overlap}
{tokens}টি টোকেনে কোহেনের কাপ্পা {kappa}
সংযোগের F1 {relations}
উদ্ধৃতি ও দাবির F1 {units}, সূচক ক্রিয়ার F1 {cues}
বক্তার F1 সত্তা ধরে {speakers}, উল্লেখ ধরে {by_mention}</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>{n} annotators · Krippendorff&apos;s alpha {alpha} on {tokens} tokens</source>
        <translation>{n} জন টীকাকার · {tokens}টি টোকেনে ক্রিপেনডর্ফের আলফা {alpha}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nobody</source>
        <translation>কেউ নন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement needs two annotators who marked the same documents done; so far only {names} did. Assign documents to a second annotator (independent annotation hides the others&apos; labels), then come back here.</source>
        <translation>মতৈক্য মাপতে এমন দুজন টীকাকার লাগে যাঁরা একই নথি সম্পন্ন করেছেন; এ পর্যন্ত কেবল {names} করেছেন। দ্বিতীয় একজন টীকাকারকে নথি দিন (স্বাধীন টীকায় অন্যদের লেবেল দেখা যায় না), তারপর এখানে ফিরে আসুন।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select a pair in the matrix</source>
        <translation>ছক থেকে একটি জোড়া বেছে নিন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{a} vs {b}: {n} documents both done</source>
        <translation>{a} বনাম {b}: দুজনেরই সম্পন্ন {n}টি নথি</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="+76"/>
        <source>The folder is not empty</source>
        <translation>ফোল্ডারটি ফাঁকা নয়</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{folder} already holds {n} file(s) from an earlier export: {shown}

Old files next to new ones (data.conll beside train/dev/test.conll) are easily mistaken for part of this dataset.</source>
        <translation>{folder}-এ আগের রপ্তানির {n}টি ফাইল আছে: {shown}

নতুন ফাইলের পাশে পুরোনো ফাইল (train/dev/test.conll-এর পাশে data.conll) সহজেই এই ডেটাসেটের অংশ বলে ভুল হয়।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove them and export</source>
        <translation>সেগুলো সরিয়ে রপ্তানি করুন</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export next to them</source>
        <translation>সেগুলোর পাশেই রপ্তানি করুন</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>warning: the {name} split is empty (too few documents for its share); its file holds nothing</source>
        <translation>সতর্কতা: {name} ভাগটি ফাঁকা (এর অনুপাতের জন্য নথি খুব কম); এর ফাইলে কিছু নেই</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{documents} documents, {records} records</source>
        <translation>{documents}টি নথি, {records}টি রেকর্ড</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{split}: {documents} documents; {counts}</source>
        <translation>{split}: {documents}টি নথি; {counts}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{expanded} spans expanded to whole tokens; {overlaps} overlapping spans left out</source>
        <translation>{expanded}টি অংশ পুরো টোকেন পর্যন্ত বাড়ানো হয়েছে; {overlaps}টি উপরিপাতিত অংশ বাদ পড়েছে</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dropped {n} {reason}</source>
        <translation>বাদ পড়েছে {n}টি: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>warning: {n} spans do not align with spaCy&apos;s bn tokenizer (listed in the card): {examples}</source>
        <translation>সতর্কতা: {n}টি অংশ spaCy-র bn টোকেনাইজারের সঙ্গে মেলে না (কার্ডে তালিকা আছে): {examples}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wrote {path}</source>
        <translation>লেখা হয়েছে {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>... and {n} more files</source>
        <translation>... এবং আরও {n}টি ফাইল</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>card {path}</source>
        <translation>কার্ড {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>config {path}</source>
        <translation>কনফিগ {path}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export dataset</source>
        <translation>ডেটাসেট রপ্তানি</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>every annotator</source>
        <translation>সব টীকাকার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gold (adjudicated) layer</source>
        <translation>চূড়ান্ত স্তর (চূড়ান্তকরণের পরে)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any</source>
        <translation>যেকোনো</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every label (or PER,ORG,...)</source>
        <translation>সব লেবেল (অথবা PER,ORG,...)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>relation: entities and relations; sequence: the &apos;label&apos; column a sequence-labeling project reads</source>
        <translation>relation: সত্তা ও সংযোগ; sequence: ক্রম-লেবেলিং প্রকল্প যে &apos;label&apos; কলাম পড়ে</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The licence written to the dataset card, e.g. cc-by-4.0</source>
        <translation>ডেটাসেট কার্ডে লেখা লাইসেন্স, যেমন cc-by-4.0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>train=0.8,dev=0.1,test=0.1 (empty: one file)</source>
        <translation>train=0.8,dev=0.1,test=0.1 (ফাঁকা: একটি ফাইল)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>খুঁজে দেখুন…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format</source>
        <translation>ফরম্যাট</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>প্রকল্প</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotator</source>
        <translation>টীকাকার</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>লেবেল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlaps</source>
        <translation>উপরিপাতন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offsets</source>
        <translation>অবস্থান গণনা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doccano shape</source>
        <translation>doccano-র গঠন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>লাইসেন্স</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split</source>
        <translation>ভাগ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>সিড</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target folder</source>
        <translation>গন্তব্য ফোল্ডার</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export</source>
        <translation>রপ্তানি</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+135"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Open folder</source>
        <translation>ফোল্ডার খুলুন</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export into folder</source>
        <translation>যে ফোল্ডারে রপ্তানি হবে</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Choose a target folder first.</source>
        <translation>আগে একটি গন্তব্য ফোল্ডার বেছে নিন।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not remove {name}: {reason}</source>
        <translation>{name} সরানো গেল না: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Empty splits</source>
        <translation>ফাঁকা ভাগ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No document went into {splits}: the project has too few documents for those shares. Change the split or export more documents.</source>
        <translation>{splits}-এ কোনো নথি যায়নি: ওই অনুপাতের জন্য প্রকল্পে নথি খুব কম। ভাগ বদলান অথবা আরও নথি রপ্তানি করুন।</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/import_dialog.py" line="+83"/>
        <source>({spans} spans, {relations} relations)</source>
        <translation>({spans}টি অংশ, {relations}টি সংযোগ)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+59"/>
        <source>Import</source>
        <translation>আমদানি</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>.txt, .docx, JSONL or other tools&apos; files, or a folder (separate several with ;)</source>
        <translation>.txt, .docx, JSONL বা অন্য টুলের ফাইল, অথবা একটি ফোল্ডার (একাধিক হলে ; দিয়ে আলাদা করুন)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files…</source>
        <translation>ফাইল…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder…</source>
        <translation>ফোল্ডার…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Spans of other tools that cut a letter (the stem পুতিন in পুতিনের) are refused;
&apos;clusters&apos; grows them to whole letters, &apos;words&apos; to whole words.</source>
        <translation>অন্য টুলের যে অংশ কোনো বর্ণ কেটে ফেলে (পুতিনের-এর ভেতরে মূল পুতিন) তা নেওয়া হয় না;
&apos;clusters&apos; সেগুলো পুরো বর্ণ পর্যন্ত, &apos;words&apos; পুরো শব্দ পর্যন্ত বাড়ায়।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Normalize texts (NFC, LF) and remap their spans</source>
        <translation>লেখা নর্মালাইজ করুন (NFC, LF) এবং অংশগুলোর অবস্থান মিলিয়ে নিন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convert text typed in Bijoy (SutonnyMJ) to Unicode</source>
        <translation>বিজয়ে (SutonnyMJ) টাইপ করা লেখা ইউনিকোডে রূপান্তর করুন</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Old newsroom files typed with a Bijoy keyboard look like &apos;Avgvi †mvbvi evsjv&apos;.
Word files set in SutonnyMJ are converted anyway: their font says what they are.</source>
        <translation>বিজয় কিবোর্ডে টাইপ করা পুরোনো বার্তাকক্ষের ফাইল দেখতে &apos;Avgvi †mvbvi evsjv&apos;-এর মতো।
SutonnyMJ ফন্টের Word ফাইল এমনিতেই রূপান্তরিত হয়: ফন্টই বলে দেয় সেগুলো কী।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Input</source>
        <translation>উৎস</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>ফরম্যাট</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offsets</source>
        <translation>অবস্থান গণনা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snap spans</source>
        <translation>অংশ মিলিয়ে নিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>প্রকল্প</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotator</source>
        <translation>টীকাকার</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <translation>পূর্বরূপ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import files</source>
        <translation>ফাইল আমদানি</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import folder</source>
        <translation>ফোল্ডার আমদানি</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose files or a folder first.</source>
        <translation>আগে ফাইল বা একটি ফোল্ডার বেছে নিন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading…</source>
        <translation>পড়া হচ্ছে…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{total} valid records; first {n}:</source>
        <translation>{total}টি বৈধ রেকর্ড; প্রথম {n}টি:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Converted from Bijoy (check that it reads as Bengali):</source>
        <translation>বিজয় থেকে রূপান্তরিত (বাংলা হিসেবে পড়া যায় কি না দেখে নিন):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} texts are typed in Bijoy (legacy SutonnyMJ); tick “Convert text typed in Bijoy” and preview again to convert them:</source>
        <translation>{n}টি লেখা বিজয়ে (পুরোনো SutonnyMJ) টাইপ করা; রূপান্তর করতে “বিজয়ে টাইপ করা লেখা রূপান্তর করুন” টিক দিয়ে আবার পূর্বরূপ দেখুন:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} errors (nothing is imported until they are fixed):</source>
        <translation>{n}টি ত্রুটি (এগুলো ঠিক না হওয়া পর্যন্ত কিছুই আমদানি হবে না):</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>imported {documents} documents ({duplicates} already present), {spans} spans, {relations} relations</source>
        <translation>আমদানি হয়েছে {documents}টি নথি (আগে থেকেই ছিল {duplicates}টি), {spans}টি অংশ, {relations}টি সংযোগ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>snapped {n} spans to whole {unit}:</source>
        <translation>{n}টি অংশ পুরো {unit} পর্যন্ত মেলানো হয়েছে:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: {hint}</source>
        <translation>সতর্কতা: {hint}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported.
{message}</source>
        <translation>কিছুই আমদানি হয়নি।
{message}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../annotator/gui/language.py" line="+48"/>
        <source>The language stays as it is.</source>
        <translation>ভাষা যেমন আছে তেমনই থাকবে।</translation>
    </message>
</context>
</TS>
