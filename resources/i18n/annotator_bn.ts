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
    <name>LanguageMenu</name>
    <message>
        <location filename="../../annotator/gui/language.py" line="+48"/>
        <source>The language stays as it is.</source>
        <translation>ভাষা যেমন আছে তেমনই থাকবে।</translation>
    </message>
</context>
</TS>
